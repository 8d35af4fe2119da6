// Package goenv reads the environment of the go command on PATH, once per
// variable. The bench and the tests find the standard library's source
// and the module cache through it: the go command they run is the one
// whose library and cache matter, and runtime.GOROOT, deprecated, names
// only where the running binary was built.
package goenv

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

var (
	mu   sync.Mutex
	vars = map[string]func() (string, error){}
)

// Var returns the go command's value of the variable name (GOROOT,
// GOMODCACHE), as `go env name` prints it; an empty value is an error.
func Var(name string) (string, error) {
	mu.Lock()
	get, ok := vars[name]
	if !ok {
		get = sync.OnceValues(func() (string, error) {
			out, err := exec.Command("go", "env", name).Output()
			if err != nil {
				return "", fmt.Errorf("go env %s: %v", name, err)
			}
			v := strings.TrimSpace(string(out))
			if v == "" {
				return "", fmt.Errorf("go env %s printed nothing", name)
			}
			return v, nil
		})
		vars[name] = get
	}
	mu.Unlock()
	return get()
}

// MustVar is Var for tests and benchmarks: it fails tb when the go command
// cannot say.
func MustVar(tb testing.TB, name string) string {
	tb.Helper()
	v, err := Var(name)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}
