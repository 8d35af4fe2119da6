package goenv

import (
	"os"
	"path/filepath"
	"testing"
)

// TestVar checks that GOROOT holds the standard library's source, that
// GOMODCACHE names a directory, and that a variable the go command does
// not know is an error.
func TestVar(t *testing.T) {
	root := MustVar(t, "GOROOT")
	if _, err := os.Stat(filepath.Join(root, "src", "fmt", "print.go")); err != nil {
		t.Errorf("GOROOT %s holds no standard library: %v", root, err)
	}
	if cache := MustVar(t, "GOMODCACHE"); !filepath.IsAbs(cache) {
		t.Errorf("GOMODCACHE = %q, want an absolute path", cache)
	}
	if v, err := Var("BIOMETRICLINT_NO_SUCH_VARIABLE"); err == nil {
		t.Errorf("Var of an unknown variable = %q, want an error", v)
	}
}
