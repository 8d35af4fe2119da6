package catalog

// docs/catalog.md is the catalog reference, generated from data/.
//go:generate go run ./internal/gendoc -o ../../docs/catalog.md
