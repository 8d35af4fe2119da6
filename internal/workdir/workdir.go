// Package workdir names files as the user's shell sees them: relative to
// the working directory. The command's reports and the golangci-lint
// plugin's messages name files the same way.
package workdir

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// dir is the working directory, read once.
var dir = sync.OnceValues(os.Getwd)

// Rel names a file relative to the working directory, as the audit and
// staticcheck do, when that is shorter than its absolute name; a relative
// name, or one the working directory cannot be read for, is kept.
func Rel(name string) string {
	wd, err := dir()
	if err != nil || !filepath.IsAbs(name) {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && len(rel) < len(name) {
		return rel
	}
	return name
}

// WalkDir is filepath.WalkDir for a directory the user named, which may
// be a symbolic link: filepath.WalkDir visits a link at its root as a
// file, so /bin, a link to usr/bin, would hold nothing. WalkDir starts in
// the directory the link names, and fn sees the root under the name
// given, its entries under it. Links under root are not followed.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	if fi, err := os.Lstat(root); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		return filepath.WalkDir(root, fn)
	}
	// With a trailing separator the walk starts in the directory; the
	// names of its entries are joined, and so cleaned, as usual.
	from := root + string(filepath.Separator)
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if p == from {
			p = root
		}
		return fn(p, d, err)
	})
}
