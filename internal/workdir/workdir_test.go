package workdir

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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

// TestWalkRoot: a link named as the root is walked into, under its own
// name; a directory is walked as it is, and links under the root are not
// followed.
func TestWalkRoot(t *testing.T) {
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
		err := filepath.WalkDir(WalkRoot(root), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			got = append(got, filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got, want := walked(link), []string{".", "loop", "tool"}; !slices.Equal(got, want) {
		t.Errorf("walk of the link: %q, want %q", got, want)
	}
	if got, want := walked(real), []string{".", "loop", "tool"}; !slices.Equal(got, want) {
		t.Errorf("walk of the directory: %q, want %q", got, want)
	}
	if got := WalkRoot(real); got != real {
		t.Errorf("WalkRoot(%q) = %q, want it unchanged", real, got)
	}
}
