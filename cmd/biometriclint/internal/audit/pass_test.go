package audit

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestRunnerPlan: each analyzer runs once per package, after its
// prerequisites, and finds their results in ResultOf; an analyzer that
// fails or panics is reported with its package, and so is every analyzer
// that requires it, which does not run.
func TestRunnerPlan(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/m\n"))
	write(t, filepath.Join(dir, "a", "a.go"), []byte("package a\n"))
	write(t, filepath.Join(dir, "b", "b.go"), []byte("package b\n"))

	// The analyzers run by each package, in order: packages are analysed
	// at the same time, each on one goroutine.
	var mu sync.Mutex
	ran := map[string][]string{}
	record := func(pass *analysis.Pass) {
		mu.Lock()
		defer mu.Unlock()
		ran[pass.Pkg.Path()] = append(ran[pass.Pkg.Path()], pass.Analyzer.Name)
	}
	base := &analysis.Analyzer{Name: "base", Doc: "base", ResultType: reflect.TypeFor[string](),
		Run: func(pass *analysis.Pass) (any, error) { record(pass); return "from " + pass.Pkg.Path(), nil }}
	uses := &analysis.Analyzer{Name: "uses", Doc: "uses", Requires: []*analysis.Analyzer{base},
		Run: func(pass *analysis.Pass) (any, error) {
			record(pass)
			pass.Reportf(pass.Files[0].Package, "%s", pass.ResultOf[base])
			return nil, nil
		}}
	alsoUses := &analysis.Analyzer{Name: "alsouses", Doc: "alsouses", Requires: []*analysis.Analyzer{base},
		Run: func(pass *analysis.Pass) (any, error) { record(pass); return nil, nil }}
	fails := &analysis.Analyzer{Name: "fails", Doc: "fails",
		Run: func(pass *analysis.Pass) (any, error) { record(pass); return nil, errors.New("no") }}
	panics := &analysis.Analyzer{Name: "panics", Doc: "panics",
		Run: func(pass *analysis.Pass) (any, error) { record(pass); panic("boom") }}
	afterFail := &analysis.Analyzer{Name: "afterfail", Doc: "afterfail", Requires: []*analysis.Analyzer{fails},
		Run: func(pass *analysis.Pass) (any, error) { record(pass); return nil, nil }}
	afterPanic := &analysis.Analyzer{Name: "afterpanic", Doc: "afterpanic", Requires: []*analysis.Analyzer{panics},
		Run: func(pass *analysis.Pass) (any, error) { record(pass); return nil, nil }}

	rep, _, err := Run(&Config{Dir: dir, Analyzers: []*analysis.Analyzer{uses, alsoUses, afterFail, afterPanic, fails}})
	if err != nil {
		t.Fatal(err)
	}
	wantRan := []string{"base", "uses", "alsouses", "fails", "panics"}
	for _, pkg := range []string{"example.com/m/a", "example.com/m/b"} {
		if !slices.Equal(ran[pkg], wantRan) {
			t.Errorf("runs on %s: %q, want %q", pkg, ran[pkg], wantRan)
		}
	}
	var got []string // the report sorts packages, and analyzers by name
	for _, p := range rep.Packages {
		for _, a := range p.Analyzers {
			line := fmt.Sprintf("%s %s err=%q", p.ID, a.Name, a.Err)
			for _, f := range a.Findings {
				line += " finding=" + f.Message
			}
			got = append(got, line)
		}
	}
	want := []string{
		`example.com/m/a afterfail err="prerequisite fails failed: no"`,
		`example.com/m/a afterpanic err="prerequisite panics failed: panic: boom"`,
		`example.com/m/a alsouses err=""`,
		`example.com/m/a fails err="no"`,
		`example.com/m/a uses err="" finding=from example.com/m/a`,
		`example.com/m/b afterfail err="prerequisite fails failed: no"`,
		`example.com/m/b afterpanic err="prerequisite panics failed: panic: boom"`,
		`example.com/m/b alsouses err=""`,
		`example.com/m/b fails err="no"`,
		`example.com/m/b uses err="" finding=from example.com/m/b`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("report:\n%q\nwant\n%q", got, want)
	}
}
