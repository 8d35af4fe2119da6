package catalog

// docs/catalog.md is the catalog reference, generated from data/.
//go:generate go run ./internal/gendoc -o ../../docs/catalog.md

// embedded.go is the data files as Go values, which Default builds the
// catalog from.
//go:generate go test -run ^TestEmbeddedEntries$ -update .
