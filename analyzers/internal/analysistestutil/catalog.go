package analysistestutil

import (
	"testing"
	"testing/fstest"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
)

// Catalog returns the catalog that data, the YAML of one catalog file,
// makes; t fails when it does not load.
func Catalog(t testing.TB, data string) *catalog.Catalog {
	t.Helper()
	cat, err := catalog.Load(fstest.MapFS{"test.yaml": {Data: []byte(data)}}, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// WithCatalog returns a bound to a configuration whose catalog is the one
// data makes (Catalog), in place of the embedded one.
func WithCatalog(t testing.TB, data string, a *analysis.Analyzer) *analysis.Analyzer {
	t.Helper()
	return config.Bind(&config.Config{Catalog: Catalog(t, data)}, []*analysis.Analyzer{a})[0]
}
