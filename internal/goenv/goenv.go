// Package goenv reads the environment of the go command on PATH. The
// bench and the tests find the standard library's source through it: the
// go command they run is the one whose library matters, and
// runtime.GOROOT, deprecated, names only where the running binary was
// built.
package goenv

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

var goroot = sync.OnceValues(func() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		return "", fmt.Errorf("go env GOROOT printed nothing")
	}
	return dir, nil
})

// GOROOT returns the root of the Go tree of the go command on PATH, as
// `go env GOROOT` prints it (run once).
func GOROOT() (string, error) { return goroot() }

// MustGOROOT is GOROOT for tests and benchmarks: it fails tb when the go
// command cannot say.
func MustGOROOT(tb testing.TB) string {
	tb.Helper()
	dir, err := GOROOT()
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}
