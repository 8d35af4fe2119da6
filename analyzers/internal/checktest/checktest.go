// Package checktest runs analyzers the way the biometriclint command does
// (go/packages and the x/tools checker), on a module under testdata, and
// returns every diagnostic as text. Tests of analyzers whose diagnostics
// analysistest cannot expect (in go.mod files, in cgo preambles where a
// "// want" comment would break the #cgo line) compare this text with the
// exact expected list.
package checktest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Run loads patterns in the module at dir with the extra environment env
// (KEY=value; the module proxy is off), analyzes them with a, and returns
// its diagnostics as "file:line:col: [category] message", file relative to
// dir, sorted, duplicates kept.
func Run(t testing.TB, dir string, env []string, a *analysis.Analyzer, patterns ...string) []string {
	t.Helper()
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(Env(), env...),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no packages match %v in %s", patterns, dir)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			if rel, err := filepath.Rel(dir, pos.Filename); err == nil {
				pos.Filename = filepath.ToSlash(rel)
			}
			out = append(out, fmt.Sprintf("%s: [%s] %s", pos, d.Category, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

// Equal fails t unless got and want hold the same lines.
func Equal(t testing.TB, got, want []string) {
	t.Helper()
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics differ\ngot:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// Env returns the environment Run loads packages in, without extras.
func Env() []string {
	return append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
}
