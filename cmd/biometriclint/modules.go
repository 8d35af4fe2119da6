package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/problems"
	"github.com/biometriclint/biometriclint/internal/workdir"
)

// A repository often holds several modules (examples/, tools/, a go.work):
// the go command's ./... stops at a nested go.mod, and a pattern in
// another module fails with "outside main module". The run loads each
// module on its own, with its directory as the go command's working
// directory, and merges the reports: nothing under the patterns is left
// out without a word.

// unit is one packages.Load: patterns run in a directory.
type unit struct {
	dir      string   // absolute; "" for the working directory (import paths)
	patterns []string // relative to dir
}

// plan groups the patterns by the module that holds them, and adds every
// module nested under a dir/... pattern. Patterns that are import paths
// are run in the working directory, as the go command runs them. A
// directory outside any module is a problem.
func plan(patterns []string) ([]*unit, []*output.Problem) {
	var units []*unit
	var probs []*output.Problem
	byDir := map[string]*unit{}
	add := func(dir, pattern string) {
		u := byDir[dir]
		if u == nil {
			u = &unit{dir: dir}
			byDir[dir] = u
			units = append(units, u)
		}
		if !slices.Contains(u.patterns, pattern) {
			u.patterns = append(u.patterns, pattern)
		}
	}
	for _, pat := range patterns {
		root, recursive := strings.CutSuffix(pat, "/...")
		if pat == "..." || !isDirPattern(root) || strings.Contains(root, "...") {
			add("", pat)
			continue
		}
		abs, err := filepath.Abs(root)
		if err != nil {
			add("", pat)
			continue
		}
		if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
			add("", pat) // the go command says what is wrong with it
			continue
		}
		mod := moduleRoot(abs)
		var nested []string
		if recursive {
			var own bool
			nested, own = nestedModules(abs, mod)
			if !own {
				mod = "" // every package under abs is in a nested module
			}
		}
		if mod != "" {
			rel, _ := filepath.Rel(mod, abs)
			p := "./" + filepath.ToSlash(rel)
			if rel == "." {
				p = "."
			}
			if recursive {
				p = strings.TrimSuffix(p, "/.") + "/..."
				if p == "./..." || p == "...." {
					p = "./..."
				}
			}
			add(mod, p)
		}
		for _, n := range nested {
			if n != mod {
				add(n, "./...")
			}
		}
		if mod == "" && len(nested) == 0 {
			probs = append(probs, &output.Problem{Package: displayDir(abs), Reason: problems.NoModule(displayDir(abs))})
		}
	}
	return units, probs
}

// isDirPattern reports whether a pattern names a directory, as the go
// command decides: it starts with ".", ".." or "/".
func isDirPattern(p string) bool {
	return p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || filepath.IsAbs(p)
}

// moduleRoot returns the directory of the go.mod that holds dir, or "".
func moduleRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && !fi.IsDir() {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// nestedModules lists the directories at or under root that hold a go.mod,
// skipping what the go command skips: testdata, vendor and names starting
// with . or _. own reports whether a directory with Go files under root
// belongs to module mod (the module that holds root), not to a nested one.
func nestedModules(root, mod string) (mods []string, own bool) {
	workdir.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if path != root && skippedDir(d.Name()) {
			return filepath.SkipDir
		}
		if fi, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && !fi.IsDir() {
			mods = append(mods, path)
		}
		if !own && mod != "" && hasAnyGoFile(path) && moduleRoot(path) == mod {
			own = true
		}
		return nil
	})
	return mods, own
}

// hasAnyGoFile reports whether dir holds a Go file, tests included.
func hasAnyGoFile(dir string) bool {
	entries, _ := os.ReadDir(dir)
	return slices.ContainsFunc(entries, func(e os.DirEntry) bool {
		return e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".go")
	})
}

// skippedDir reports whether the go command's ./... skips a directory.
func skippedDir(name string) bool {
	return name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// displayDir names a directory as the reports do: relative to the working
// directory, with a leading ./ so that it reads as a directory.
func displayDir(abs string) string {
	name := filepath.ToSlash(workdir.Rel(abs))
	if name == "." || filepath.IsAbs(name) || strings.HasPrefix(name, "../") {
		return name
	}
	return "./" + name
}
