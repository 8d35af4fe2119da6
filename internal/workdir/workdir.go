// Package workdir names files as the user's shell sees them: relative to
// the working directory. The command's reports and the golangci-lint
// plugin's messages name files the same way.
package workdir

import (
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

// WalkRoot returns the name to give filepath.WalkDir for a directory the
// user named. WalkDir does not follow a link at its root: it would visit
// the link alone (/bin, a link to usr/bin, would hold nothing). With a
// trailing separator the walk starts in the directory the link names,
// under the name given; links under it are still not followed.
func WalkRoot(root string) string {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return root + string(filepath.Separator)
	}
	return root
}
