package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/problems"
	"github.com/biometriclint/biometriclint/internal/workdir"
)

// unbuiltReason says why a directory is listed by unbuilt.
const unbuiltReason = "not analysed: build constraints exclude all its Go files in this configuration " +
	"(pass -tags, set GOOS, or run biometriclint audit, which checks every file)"

// unbuilt lists, as problems, the directories under the dir/... patterns
// that hold non-test Go files but that no load returned: a package whose
// every file is for another GOOS or behind a build tag is left out of
// ./... silently, and its findings with it; so is a directory outside any
// module. Nested modules are walked too (plan loads them). The directories
// the go command skips are skipped: testdata, names starting with . or _,
// vendor. Directories of a module whose load failed as a whole (failed)
// are not listed one by one: the module's problem says why.
func unbuilt(patterns []string, pkgs []*packages.Package, failed []string) []*output.Problem {
	loaded := map[string]bool{}
	packages.Visit(pkgs, func(p *packages.Package) bool { loaded[p.Dir] = true; return false }, nil)
	var probs []*output.Problem
	for _, pat := range patterns {
		root, ok := strings.CutSuffix(pat, "/...")
		if !ok || strings.Contains(root, "...") || !isDirPattern(root) {
			continue
		}
		abs, err := filepath.Abs(root)
		if err != nil {
			continue
		}
		workdir.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if path != abs && skippedDir(d.Name()) {
				return filepath.SkipDir
			}
			if loaded[path] || !hasGoFiles(path) {
				return nil
			}
			mod := moduleRoot(path)
			switch {
			case mod != "" && slices.Contains(failed, mod):
			case mod == "":
				probs = append(probs, &output.Problem{Package: displayDir(path), Reason: problems.NoModule(displayDir(path))})
			default:
				probs = append(probs, &output.Problem{Package: displayDir(path), Reason: unbuiltReason})
			}
			return nil
		})
	}
	return slices.CompactFunc(probs, func(a, b *output.Problem) bool { return *a == *b })
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
