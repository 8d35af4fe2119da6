package audit

import (
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
)

// TestInventoryUsesRunCatalog: the modules table names the modules of the
// run's catalog (the policy's in-house entries), not only the embedded
// catalog's.
func TestInventoryUsesRunCatalog(t *testing.T) {
	data := "vendor: Acme\nentries:\n  - id: acme-faceid\n    product: FaceID\n    docs: https://example.com/faceid\n" +
		"    modules: [{path: example.com/acme/faceid, dedicated: true, version: v1.2.0}]\n" +
		"    packages:\n      - {path: example.com/acme/faceid, dedicated: true, category: face-recognition, what: matches faces}\n"
	cat, err := catalog.Load(fstest.MapFS{"acme.yaml": {Data: []byte(data)}}, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/app\n\ngo 1.22\n\nrequire example.com/acme/faceid v1.2.0\n"))
	write(t, filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() {}\n"))
	for _, tc := range []struct {
		cat  *catalog.Catalog
		want int
	}{{nil, 0}, {cat, 1}} {
		rep, _, err := Run(&Config{Dir: dir, Bound: &config.Config{Catalog: tc.cat}})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Modules) != tc.want || tc.want == 1 && rep.Modules[0].Path != "example.com/acme/faceid" {
			t.Errorf("catalog %p: modules %v, want %d (example.com/acme/faceid)", tc.cat, rep.Modules, tc.want)
		}
	}
}
