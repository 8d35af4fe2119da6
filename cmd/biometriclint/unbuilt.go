package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// unbuiltReason says why a directory is listed by unbuilt.
const unbuiltReason = "not analysed: build constraints exclude all its Go files in this configuration " +
	"(pass -tags, set GOOS, or run biometriclint audit, which checks every file)"

// unbuilt lists, as problems, the directories under the ./... patterns that
// hold non-test Go files but that the go command did not load: a package
// whose every file is for another GOOS or behind a build tag is left out of
// ./... silently, and its findings with it. The directories the go command
// skips too are skipped: testdata, names starting with . or _, vendor, and
// nested modules.
func unbuilt(patterns []string, pkgs []*packages.Package) []*output.Problem {
	loaded := map[string]bool{}
	packages.Visit(pkgs, func(p *packages.Package) bool { loaded[p.Dir] = true; return false }, nil)
	wd, _ := os.Getwd()
	var problems []*output.Problem
	for _, pat := range patterns {
		root, ok := strings.CutSuffix(pat, "/...")
		if !ok || strings.Contains(root, "...") {
			continue
		}
		abs, err := filepath.Abs(root)
		if err != nil {
			continue
		}
		filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if path != abs {
				name := d.Name()
				if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			if !loaded[path] && hasGoFiles(path) {
				name := path
				if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
					name = "./" + filepath.ToSlash(rel)
				}
				problems = append(problems, &output.Problem{Package: name, Reason: unbuiltReason})
			}
			return nil
		})
	}
	return slices.CompactFunc(problems, func(a, b *output.Problem) bool { return *a == *b })
}

// hasGoFiles reports whether dir holds a Go file other than a test.
func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if n := e.Name(); e.Type().IsRegular() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			return true
		}
	}
	return false
}
