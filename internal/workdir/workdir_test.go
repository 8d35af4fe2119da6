package workdir

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// TestWalkDir: a link named as the root is walked into, the root under
// the name given; a directory is walked as filepath.WalkDir walks it, and
// links under the root are not followed.
func TestWalkDir(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "usr", "bin")
	if err := os.MkdirAll(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "tool"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "bin")
	if err := os.Symlink(filepath.Join("usr", "bin"), link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(real, "loop")); err != nil {
		t.Fatal(err)
	}
	walked := func(root string) []string {
		var got []string
		err := WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			got = append(got, fmt.Sprintf("%s dir=%v", strings.TrimPrefix(p, dir), d.IsDir()))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	for root, want := range map[string][]string{
		link: {"/bin dir=true", "/bin/loop dir=false", "/bin/tool dir=false"},
		real: {"/usr/bin dir=true", "/usr/bin/loop dir=false", "/usr/bin/tool dir=false"},
	} {
		if got := walked(root); !slices.Equal(got, want) {
			t.Errorf("WalkDir(%q): %q, want %q", root, got, want)
		}
	}
}
