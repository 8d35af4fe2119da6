package goenv

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGOROOT checks that the root holds the standard library's source.
func TestGOROOT(t *testing.T) {
	dir, err := GOROOT()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "src", "fmt", "print.go")); err != nil {
		t.Errorf("GOROOT %s holds no standard library: %v", dir, err)
	}
}
