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
