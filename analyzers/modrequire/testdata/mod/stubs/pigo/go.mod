module github.com/esimov/pigo

go 1.20
