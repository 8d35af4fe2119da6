package audit

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/internal/workdir"
)

// dir is one directory of the tree with Go files.
type dir struct {
	Rel      string   // slash path relative to the root; "." for the root
	GoFiles  []string // file names (base), sorted
	Other    []string // non-Go regular files (base), sorted
	Vendored bool     // under a vendor/ directory
}

// walk lists the directories of root with Go files. It skips what the go
// command skips: directories named testdata or starting with "." or "_".
// vendor/ is walked, and its directories marked. Symbolic links under
// root are not followed, so the walk stays inside the tree; root itself
// may be one. It returns, as problems, the links to Go files and to
// directories whose target is outside the tree, or missing: their code is
// not audited, and must not be left out in silence (a link whose target
// is in the tree is read there).
func walk(root string) ([]*dir, []string, []*output.Problem, error) {
	var dirs []*dir
	var modRoots []string // slash paths of directories with a go.mod
	var links []*output.Problem
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, nil, nil, err
	}
	err = workdir.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if rel != "." {
			name := d.Name()
			if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
		}
		entries, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		dd := &dir{Rel: rel, Vendored: slices.Contains(strings.Split(rel, "/"), "vendor")}
		for _, e := range entries {
			if e.Type()&fs.ModeSymlink != 0 {
				if why := outsideLink(realRoot, filepath.Join(path, e.Name())); why != "" {
					links = append(links, &output.Problem{File: filepath.Join(rel, e.Name()), Reason: why})
				}
				continue
			}
			if !e.Type().IsRegular() {
				continue
			}
			switch name := e.Name(); {
			case name == "go.mod":
				modRoots = append(modRoots, rel)
			case strings.HasSuffix(name, ".go"):
				dd.GoFiles = append(dd.GoFiles, name)
			default:
				dd.Other = append(dd.Other, name)
			}
		}
		if len(dd.GoFiles) > 0 {
			dirs = append(dirs, dd)
		}
		return nil
	})
	return dirs, modRoots, links, err
}

// outsideLink says why the symbolic link name is not read, when it names
// a Go file or a directory outside realRoot (the tree, its links
// resolved), or a Go file that does not exist; "" for any other link.
func outsideLink(realRoot, name string) string {
	target, err := os.Readlink(name)
	if err != nil {
		return ""
	}
	isGo := strings.HasSuffix(name, ".go")
	resolved, err := filepath.EvalSymlinks(name)
	switch {
	case err != nil && isGo:
		return fmt.Sprintf("a symbolic link to %s, which does not exist: not read", target)
	case err != nil, resolved == realRoot, strings.HasPrefix(resolved, realRoot+string(filepath.Separator)):
		return "" // not Go, or read where it lies
	}
	fi, err := os.Stat(resolved)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Sprintf("a symbolic link to the directory %s, outside the audited tree: not walked (the audit reads nothing outside it); audit that directory too if its code is part of this one", target)
	case err == nil && isGo:
		return fmt.Sprintf("a symbolic link to %s, outside the audited tree: not read (the audit reads nothing outside it); audit that file's tree too if its code is part of this one", target)
	}
	return ""
}

// listing returns the non-Go files of dirs by directory name: as the
// syntax-only passes name them (under root) and as the go command does
// (under abs, for typed packages).
func listing(root, abs string, dirs []*dir) func(dir string) ([]string, bool) {
	other := map[string][]string{}
	for _, d := range dirs {
		rel := filepath.FromSlash(d.Rel)
		other[filepath.Join(root, rel)] = d.Other
		other[filepath.Join(abs, rel)] = d.Other
	}
	return func(dir string) ([]string, bool) {
		names, ok := other[dir]
		return names, ok
	}
}

// modules maps directories to the modules that hold them.
type modules struct {
	paths map[string]string // module root (slash, relative) -> module path
	roots map[string]bool   // every directory with a go.mod, read or not
}

// goModDir returns the directory (slash, relative) of the go.mod nearest
// above rel in the tree, whether or not it names a module, and whether
// there is one: the file the go command would read for rel.
func (m *modules) goModDir(rel string) (string, bool) {
	for r := rel; ; r = parentDir(r) {
		if m.roots[r] {
			return r, true
		}
		if r == "." {
			return "", false
		}
	}
}

// importPath guesses the import path of directory rel: the path under
// vendor/ for vendored code; the module path and the directory below it
// for code in a module; the directory below a GOPATH-style src/ otherwise,
// or the directory itself.
func (m *modules) importPath(rel string) (path, module string) {
	parts := strings.Split(rel, "/")
	if i := slices.Index(parts, "vendor"); i >= 0 && i < len(parts)-1 {
		return strings.Join(parts[i+1:], "/"), ""
	}
	for r := rel; ; r = parentDir(r) {
		if mp, ok := m.paths[r]; ok && mp != "" {
			sub := strings.TrimPrefix(strings.TrimPrefix(rel, r), "/")
			if r == "." {
				sub = strings.TrimPrefix(rel, ".")
			}
			switch {
			case mp == "std":
				// The standard library's module: its packages are
				// imported without the module path (net/http).
				if sub == "" {
					return mp, mp
				}
				return sub, mp
			case sub == "":
				return mp, mp
			}
			return mp + "/" + sub, mp
		}
		if r == "." {
			break
		}
	}
	if i := slices.Index(parts, "src"); i >= 0 && i < len(parts)-1 {
		return strings.Join(parts[i+1:], "/"), ""
	}
	return rel, ""
}

func parentDir(rel string) string {
	if i := strings.LastIndex(rel, "/"); i >= 0 {
		return rel[:i]
	}
	return "."
}
