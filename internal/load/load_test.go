package load_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/txtar"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	runconfig "github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/indirect"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/internal/load"
)

// TestLoad loads the test module with every analyzer, as the default run
// does, and checks what was loaded from source and that the findings,
// indirect ones included, are those of a load of everything from source.
func TestLoad(t *testing.T) {
	dir := extract(t)
	for _, tc := range []struct {
		patterns []string
		tests    bool
		mode     string
		source   []string // dependencies loaded from source for facts
		root     string   // a root package, by ID
		imports  []string // what the checker sees of its imports
		want     []string // a few of the findings
	}{
		{
			// The wrapper is a dependency: a second load adds it.
			patterns: []string{"./app"},
			root:     "example.com/lint/app",
			mode:     "scoped+reload",
			source:   []string{"example.com/lint/wrap"},
			imports:  []string{"example.com/lint/wrap"},
			want:     []string{"app/app.go:10:31: indirect: Pigo face detection: wrap.Faces performs face detection via pigo.Pigo.Unpack"},
		},
		{
			// With tests: the external test package calls it too.
			patterns: []string{"./app"},
			root:     "example.com/lint/app_test [example.com/lint/app.test]",
			tests:    true,
			mode:     "scoped+reload",
			source:   []string{"example.com/lint/wrap"},
			imports:  []string{"example.com/lint/wrap"},
			want:     []string{"app/app_test.go:9:32: indirect: Pigo face detection: wrap.Faces performs face detection"},
		},
		{
			// Every package is a root: one load.
			patterns: []string{"./..."},
			root:     "example.com/lint/app",
			tests:    true,
			mode:     "scoped",
			imports:  []string{"example.com/lint/wrap"},
			want:     []string{"wrap/wrap.go:9:9: sdksymbol: Pigo face detection: pigo.Pigo.RunCascade detects faces"},
		},
		{
			// A wrapper that does not compile has no export data:
			// go/packages loads it from source in the first load.
			patterns: []string{"./viabroken"},
			root:     "example.com/lint/viabroken",
			mode:     "scoped",
			source:   []string{"example.com/lint/broken"},
			imports:  []string{"example.com/lint/broken"},
			want:     []string{"viabroken/viabroken.go:7:15: indirect: Pigo face detection: broken.Faces performs face detection"},
		},
		{
			// Nothing catalogued: no dependency in the checker's graph.
			patterns: []string{"./util"},
			root:     "example.com/lint/util",
			mode:     "scoped",
		},
		{
			// Files: the go command takes no package pattern beside
			// them, so everything is loaded from source.
			patterns: []string{"app/app.go"},
			root:     "command-line-arguments",
			mode:     "all",
			imports:  []string{"example.com/lint/util", "example.com/lint/wrap"},
			want:     []string{"app/app.go:10:31: indirect: Pigo face detection: wrap.Faces performs face detection"},
		},
	} {
		name := fmt.Sprintf("%v tests=%v", tc.patterns, tc.tests)
		cfg := config(dir, tc.tests)
		res, err := load.Load(cfg, suite.Analyzers(), catalog.Default(), tc.patterns...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.Mode != tc.mode {
			t.Errorf("%s: mode %s, want %s", name, res.Mode, tc.mode)
		}
		if !slices.Equal(res.Source, tc.source) {
			t.Errorf("%s: loaded from source for facts %v, want %v", name, res.Source, tc.source)
		}
		if len(res.Problems) > 0 {
			t.Errorf("%s: problems %v", name, res.Problems)
		}
		i := slices.IndexFunc(res.Graph, func(p *packages.Package) bool { return p.ID == tc.root })
		if i < 0 {
			t.Fatalf("%s: no root %s", name, tc.root)
		}
		if got := slices.Sorted(maps.Keys(res.Graph[i].Imports)); !slices.Equal(got, tc.imports) {
			t.Errorf("%s: the checker sees imports %v, want %v", name, got, tc.imports)
		}
		if res.Packages[i].ID != tc.root {
			t.Errorf("%s: the report's packages are not in the checker's order", name)
		}
		got := findings(t, dir, res.Graph)
		if res.Mode != "all" {
			all, err := packages.Load(withMode(cfg, packages.LoadAllSyntax|packages.NeedModule), tc.patterns...)
			if err != nil {
				t.Fatal(err)
			}
			if want := findings(t, dir, all); !slices.Equal(got, want) {
				t.Errorf("%s: findings differ from a load of everything from source:\n%s\nwant:\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
		for _, w := range tc.want {
			if !slices.ContainsFunc(got, func(f string) bool { return strings.HasPrefix(f, w) }) {
				t.Errorf("%s: no finding %q in:\n%s", name, w, strings.Join(got, "\n"))
			}
		}
		// The report's packages keep every import.
		if _, ok := res.Packages[i].Imports["strings"]; !ok && tc.root == "example.com/lint/util" {
			t.Errorf("%s: the report's package %s lost its imports", name, tc.root)
		}
	}
}

// TestLoadBound: the analyzers of a run are bound to its configuration
// (config.Bind copies them); the copy of indirect is still the analyzer
// whose facts the scope rule knows, so the load stays scoped.
func TestLoadBound(t *testing.T) {
	dir := extract(t)
	bound := runconfig.Bind(&runconfig.Config{}, suite.Analyzers())
	res, err := load.Load(config(dir, false), bound, catalog.Default(), "./app")
	if err != nil {
		t.Fatal(err)
	}
	if res.Mode != "scoped+reload" || !slices.Equal(res.Source, []string{"example.com/lint/wrap"}) {
		t.Errorf("mode %s, from source %v; want scoped+reload, [example.com/lint/wrap]", res.Mode, res.Source)
	}
}

// TestLoadWithoutFacts checks that without an analyzer with facts the
// load is the floor's, LoadSyntax, and the checker gets it as it is.
func TestLoadWithoutFacts(t *testing.T) {
	dir := extract(t)
	var analyzers []*analysis.Analyzer
	for _, a := range suite.Analyzers() {
		if a != indirect.Analyzer {
			analyzers = append(analyzers, a)
		}
	}
	res, err := load.Load(config(dir, false), analyzers, catalog.Default(), "./app")
	if err != nil {
		t.Fatal(err)
	}
	if res.Mode != "syntax" || len(res.Source) > 0 || !slices.Equal(res.Graph, res.Packages) {
		t.Errorf("mode %s, source %v, graph is the packages: %v", res.Mode, res.Source, slices.Equal(res.Graph, res.Packages))
	}
	if wrap := res.Packages[0].Imports["example.com/lint/wrap"]; wrap == nil || wrap.TypesInfo != nil {
		t.Errorf("the dependency wrap was loaded from source, or not at all: %v", wrap)
	}
}

func config(dir string, tests bool) *packages.Config {
	return &packages.Config{
		Dir:   dir,
		Env:   append(os.Environ(), "GOTOOLCHAIN=local", "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
		Tests: tests,
	}
}

func withMode(cfg *packages.Config, mode packages.LoadMode) *packages.Config {
	c := *cfg
	c.Mode = mode
	return &c
}

// findings runs every analyzer on pkgs and returns the roots' diagnostics,
// with their related information, as sorted lines relative to dir.
func findings(t *testing.T, dir string, pkgs []*packages.Package) []string {
	t.Helper()
	graph, err := checker.Analyze(suite.Analyzers(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			out = append(out, fmt.Sprintf("%s %s: error: %v", act.Package.ID, act.Analyzer.Name, act.Err))
		}
		pos := func(p interface{ String() string }) string {
			return strings.TrimPrefix(p.String(), dir+string(filepath.Separator))
		}
		for _, d := range act.Diagnostics {
			line := fmt.Sprintf("%s: %s: %s", pos(act.Package.Fset.Position(d.Pos)), act.Analyzer.Name, d.Message)
			for _, r := range d.Related {
				line += fmt.Sprintf("\n\t%s: %s", pos(act.Package.Fset.Position(r.Pos)), r.Message)
			}
			out = append(out, line)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// extract writes testdata/module.txtar under a new temporary directory.
func extract(t *testing.T) string {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", "module.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := txtar.FS(ar)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLoadHiddenImplementation pins the one difference from a load of
// everything from source (docs/indirect.md, Drivers): an implementation
// of an interface method in a dependency read from export data, which no
// export data mentions, is not seen, so the call is reported as capable.
func TestLoadHiddenImplementation(t *testing.T) {
	dir := extract(t)
	cfg := config(dir, false)
	res, err := load.Load(cfg, suite.Analyzers(), catalog.Default(), "./iface")
	if err != nil {
		t.Fatal(err)
	}
	all, err := packages.Load(withMode(cfg, packages.LoadAllSyntax|packages.NeedModule), "./iface")
	if err != nil {
		t.Fatal(err)
	}
	const call = "iface/iface.go:15:35: indirect: "
	has := func(fs []string) bool {
		return slices.ContainsFunc(fs, func(f string) bool { return strings.HasPrefix(f, call) })
	}
	if got, want := findings(t, dir, res.Graph), findings(t, dir, all); !has(got) || has(want) {
		t.Errorf("the call of Detector.RunCascade: reported %v when loaded as the command does, %v when everything is loaded from source; want true, false\n%s\n--\n%s",
			has(got), has(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestIsTestMain: only the generated test main of a package is left out,
// not the package, its test variant or its external test package.
func TestIsTestMain(t *testing.T) {
	for _, tc := range []struct {
		p    packages.Package
		want bool
	}{
		{packages.Package{ID: "example.com/a.test", PkgPath: "example.com/a.test", Name: "main"}, true},
		{packages.Package{ID: "example.com/a", PkgPath: "example.com/a", Name: "a"}, false},
		{packages.Package{ID: "example.com/a [example.com/a.test]", PkgPath: "example.com/a", Name: "a"}, false},
		{packages.Package{ID: "example.com/a_test [example.com/a.test]", PkgPath: "example.com/a_test", Name: "a_test"}, false},
		{packages.Package{ID: "example.com/cmd/x.test", PkgPath: "example.com/cmd/x.test", Name: "x"}, false},
	} {
		if got := load.IsTestMain(&tc.p); got != tc.want {
			t.Errorf("IsTestMain(%s) = %v, want %v", tc.p.ID, got, tc.want)
		}
	}
}

// TestNameStdModule: the standard library's packages get the module std,
// a file pattern's package and the module's own keep theirs.
func TestNameStdModule(t *testing.T) {
	dir := extract(t)
	for _, tc := range []struct {
		pattern string
		want    map[string]string // package path → module path, "" for none
	}{
		{"fmt", map[string]string{"fmt": "std", "internal/fmtsort": "std", "unicode/utf8": "std"}},
		{"./wrap", map[string]string{"example.com/lint/wrap": "example.com/lint"}},
		{"./app/app.go", map[string]string{"command-line-arguments": ""}},
	} {
		res, err := load.Load(config(dir, false), suite.Analyzers(), catalog.Default(), tc.pattern)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		packages.Visit(res.Packages, nil, func(p *packages.Package) {
			if _, ok := tc.want[p.PkgPath]; ok {
				got[p.PkgPath] = ""
				if p.Module != nil {
					got[p.PkgPath] = p.Module.Path
				}
			}
		})
		if !maps.Equal(got, tc.want) {
			t.Errorf("%s: modules %v, want %v", tc.pattern, got, tc.want)
		}
	}
}
