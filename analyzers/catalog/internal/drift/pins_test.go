package drift

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestReadPins reads a go.mod in every form the go command writes: blocks,
// a replace on one line as go mod edit -replace writes it, comments.
func TestReadPins(t *testing.T) {
	dir := t.TempDir()
	gomod := filepath.Join(dir, "go.mod")
	src := `module example.com/drift

go 1.26.0

require (
	github.com/a/face v1.2.3 // indirect
	github.com/b/voice v0.4.0
)

require github.com/c/emotion v2.0.0+incompatible

replace github.com/b/voice => ../stubs/github.com/b/voice

replace (
	// the proxy does not serve it
	github.com/c/emotion v2.0.0+incompatible => ../stubs/github.com/c/emotion
)
`
	if err := os.WriteFile(gomod, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := ReadPins(gomod)
	if err != nil {
		t.Fatal(err)
	}
	wantReq := map[string][]string{"github.com/a/face": {"v1.2.3"}, "github.com/b/voice": {"v0.4.0"}, "github.com/c/emotion": {"v2.0.0+incompatible"}}
	wantRepl := map[string]string{"github.com/b/voice": "../stubs/github.com/b/voice", "github.com/c/emotion": "../stubs/github.com/c/emotion"}
	if !maps.EqualFunc(p.Required, wantReq, slices.Equal) {
		t.Errorf("Required = %v, want %v", p.Required, wantReq)
	}
	if !maps.Equal(p.Replaced, wantRepl) {
		t.Errorf("Replaced = %v, want %v", p.Replaced, wantRepl)
	}
}

// TestReadPinsError names the file and line of a malformed go.mod.
func TestReadPinsError(t *testing.T) {
	gomod := filepath.Join(t.TempDir(), "go.mod")
	if err := os.WriteFile(gomod, []byte("module m\n\nrequire this is wrong\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadPins(gomod); err == nil {
		t.Error("no error for a malformed require")
	} else if want := gomod + ":3"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name %s", err, want)
	}
}
