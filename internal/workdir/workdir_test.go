package workdir

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRel: a file under the working directory is named from it; one
// whose relative name would be longer, or a relative name, is kept.
func TestRel(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	far := string(filepath.Separator) + "x.go"
	for name, want := range map[string]string{
		filepath.Join(wd, "a", "b.go"): filepath.Join("a", "b.go"),
		filepath.Join(wd, "c.go"):      "c.go",
		far:                            far,
		filepath.Join("rel", "d.go"):   filepath.Join("rel", "d.go"),
	} {
		if got := Rel(name); got != want {
			t.Errorf("Rel(%q) = %q, want %q", name, got, want)
		}
	}
}
