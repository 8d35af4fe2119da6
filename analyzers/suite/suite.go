// Package suite lists biometriclint's analyzers, for the command, the
// go vet tool, the golangci-lint plugin and the tests that cover them all,
// with the documentation of each check (docs/analyzers.md is generated
// from it: go generate ./analyzers/suite).
package suite

//go:generate go run ./internal/gendoc -o ../../docs/analyzers.md
