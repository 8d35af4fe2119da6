package catalog

// embedded.go is the data files as Go values, which Default builds the
// catalog from. It comes first: the reference below is written from
// Default.
//go:generate go test -run ^TestEmbeddedEntries$ -update .

// docs/catalog.md is the catalog reference, generated from data/.
//go:generate go run ./internal/gendoc -o ../../docs/catalog.md
