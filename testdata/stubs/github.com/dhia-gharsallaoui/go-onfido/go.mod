module github.com/dhia-gharsallaoui/go-onfido

go 1.18
