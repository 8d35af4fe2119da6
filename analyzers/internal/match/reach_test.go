package match

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestReaches checks each way a package reaches a catalogued one, and that
// packages without imports, such as the audit's, never enter the cache.
func TestReaches(t *testing.T) {
	catalogued := func(path string) bool { return path == "example.com/face" }
	fset := token.NewFileSet()
	importing, err := parser.ParseFile(fset, "a.go", `package a; import _ "example.com/face"`, 0)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := parser.ParseFile(fset, "b.go", `package b; import _ "fmt"`, 0)
	if err != nil {
		t.Fatal(err)
	}
	face := types.NewPackage("example.com/face", "face")
	leaf := types.NewPackage("example.com/leaf", "leaf")
	middle := types.NewPackage("example.com/middle", "middle")
	middle.SetImports([]*types.Package{leaf, face})
	top := types.NewPackage("example.com/top", "top")
	top.SetImports([]*types.Package{middle})
	cyclic := types.NewPackage("example.com/cyclic", "cyclic")
	cyclic.SetImports([]*types.Package{cyclic, leaf})
	// Packages no other one imports: the audit's are such.
	solo := types.NewPackage("example.com/solo", "solo")
	soloFace := types.NewPackage("example.com/face", "face")

	for _, c := range []struct {
		name  string
		pkg   *types.Package
		files []*ast.File
		want  bool
	}{
		{"a file imports one", solo, []*ast.File{plain, importing}, true},
		{"no package, no import", nil, []*ast.File{plain}, false},
		{"without imports", solo, []*ast.File{plain}, false},
		{"without imports, catalogued itself", soloFace, nil, true},
		{"through a dependency's dependency", top, nil, true},
		{"an import cycle", cyclic, nil, false},
	} {
		if got := Reaches(catalogued, c.pkg, c.files); got != c.want {
			t.Errorf("%s: Reaches = %v, want %v", c.name, got, c.want)
		}
	}
	for _, pkg := range []*types.Package{solo, soloFace} {
		if _, cached := reachCache.Load(pkg); cached {
			t.Errorf("%s has no imports, but Reaches cached it", pkg.Path())
		}
	}
	if v, cached := reachCache.Load(top); !cached || v != true {
		t.Errorf("cache for %s = %v, %v; want true, true", top.Path(), v, cached)
	}
}
