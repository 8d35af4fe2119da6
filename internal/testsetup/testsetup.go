// Package testsetup makes the tests that need an installed tool or
// downloaded data fail with one clear message on a fresh clone: run
// scripts/test, which installs them (scripts/setup.d). The tests still
// fail, never skip: CI runs them all and a skipped test would pass
// unseen.
package testsetup

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// explained records the setup steps already explained in this test
// binary: the first failure says what to do, the others point to it.
var explained sync.Map

// Missing fails t: what the test needs is not installed. script is the
// setup step that installs it (scripts/setup.d/NAME), "" for a tool no
// setup step installs (git).
func Missing(t testing.TB, what, script string, cause error) {
	t.Helper()
	if script == "" {
		t.Fatalf("%s missing (%v): install it", what, cause)
	}
	if _, seen := explained.LoadOrStore(script, true); seen {
		t.Fatalf("%s missing: run scripts/test (see the first failure)", what)
	}
	t.Fatalf("%s missing (%v).\n"+
		"\tThis test needs what scripts/test installs: run scripts/test once (all setup steps, then every test),\n"+
		"\tor just bash scripts/setup.d/%s, then go test again.", what, cause, script)
}

// Tool returns the path of a program on PATH, or fails t.
func Tool(t testing.TB, name, script string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name, script, err)
	}
	return p
}

// File fails t unless path exists.
func File(t testing.TB, path, what, script string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		Missing(t, what, script, err)
	}
}

// Modules fails t unless every module that the module in dir needs is in
// the module cache: the tests load such test data offline.
func Modules(t testing.TB, dir string) {
	t.Helper()
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		first, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
		Missing(t, "the modules of "+filepath.Base(dir), "10-testdata-modules.sh", fmt.Errorf("%s", first))
	}
}

// StubCases returns the package patterns of the test cases of analyzer
// under root: every directory below root/analyzer that holds Go files, so
// that a new case runs without being listed. It fails t when there is
// none, or when a directory at the top of root that holds Go files is not
// named after an analyzer of the suite (a case that no test would run).
func StubCases(t testing.TB, root, analyzer string) []string {
	t.Helper()
	return stubCases(t, root, analyzer, suiteNames())
}

func suiteNames() []string {
	var names []string
	for _, a := range suite.Analyzers() {
		names = append(names, a.Name)
	}
	return names
}

func stubCases(t testing.TB, root, analyzer string, analyzers []string) []string {
	t.Helper()
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && !slices.Contains(analyzers, e.Name()) && hasGo(filepath.Join(root, e.Name())) {
			t.Errorf("%s: %s is not named after an analyzer: put stub cases under %s/<analyzer>/<case>, where that analyzer's test runs them", root, e.Name(), root)
		}
	}
	var patterns []string
	base := filepath.Join(root, analyzer)
	filepath.WalkDir(base, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && hasGoHere(path) {
			rel, _ := filepath.Rel(root, path)
			patterns = append(patterns, "./"+filepath.ToSlash(rel))
		}
		return nil
	})
	if len(patterns) == 0 {
		t.Fatalf("no stub case under %s", base)
	}
	return patterns
}

// hasGo reports whether dir or a directory below it holds a Go file.
func hasGo(dir string) bool {
	found := false
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			found = true
			return filepath.SkipAll
		}
		return nil
	})
	return found
}

// hasGoHere reports whether dir itself holds a Go file.
func hasGoHere(dir string) bool {
	entries, _ := os.ReadDir(dir)
	return slices.ContainsFunc(entries, func(e os.DirEntry) bool { return strings.HasSuffix(e.Name(), ".go") })
}
