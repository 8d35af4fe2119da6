module github.com/wallester/go-onfido-openapi

go 1.23
