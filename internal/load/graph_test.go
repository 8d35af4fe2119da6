package load

import (
	"go/types"
	"maps"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// TestGraph checks, on a graph as go/packages returns it, which
// dependencies are named when facts can arise in them but they were read
// from export data, and what the checker's copy of the graph keeps.
func TestGraph(t *testing.T) {
	pkg := func(path string, source bool, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: path, PkgPath: path, Imports: map[string]*packages.Package{}}
		if source {
			p.TypesInfo = new(types.Info)
		}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	pigo := pkg("github.com/esimov/pigo/core", false)
	strs := pkg("strings", false)
	util := pkg("example.com/util", false, strs)
	wrap := pkg("example.com/wrap", false, pigo, util)
	broken := pkg("example.com/broken", true, pigo)
	app := pkg("example.com/app", true, wrap, broken, util)
	tool := pkg("example.com/tool", true, util)
	roots := []*packages.Package{app, tool}
	reach := scope(catalog.Default(), roots)

	missing := notFromSource(sourceMissing(roots, reach))
	want := []Problem{{"example.com/wrap", "not loaded from source: calls through its functions to catalogued SDKs are not followed (indirect): go/packages read its export data"}}
	if !slices.Equal(missing, want) {
		t.Errorf("named %v, want %v", missing, want)
	}

	wrap.TypesInfo = new(types.Info) // as the second load does
	graph, source := prune(roots, reach)
	if !slices.Equal(source, []string{"example.com/broken", "example.com/wrap"}) {
		t.Errorf("source %v", source)
	}
	if got := slices.Sorted(maps.Keys(graph[0].Imports)); !slices.Equal(got, []string{"example.com/broken", "example.com/wrap"}) {
		t.Errorf("the checker's app imports %v", got)
	}
	if len(graph[1].Imports) != 0 || len(graph[0].Imports["example.com/wrap"].Imports) != 0 {
		t.Errorf("the checker's graph keeps a package where no fact can arise: %v, %v", graph[1].Imports, graph[0].Imports["example.com/wrap"].Imports)
	}
	if graph[0] == app || len(app.Imports) != 3 || len(wrap.Imports) != 2 {
		t.Error("prune changed the packages of the report")
	}
}
