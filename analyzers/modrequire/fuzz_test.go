package modrequire

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// FuzzGoMod feeds arbitrary bytes to the go.mod reader: a bad file is an
// error, never a panic; every requirement's line lies inside the file; the
// same bytes give the same requirements twice.
func FuzzGoMod(f *testing.F) {
	addSeeds(f, "go.mod")
	f.Add([]byte("module m\nrequire (\n\tgithub.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e // indirect\n)\n"))
	f.Add([]byte("module m\nrequire x v1 // indirect\r\nreplace x => ../x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		reqs, err := GoModRequirements("go.mod", data)
		again, err2 := GoModRequirements("go.mod", data)
		if fmt.Sprint(reqs, err) != fmt.Sprint(again, err2) {
			t.Fatalf("two reads differ")
		}
		checkOffsets(t, data, reqs)
	})
}

// FuzzVendor does the same for vendor/modules.txt.
func FuzzVendor(f *testing.F) {
	addSeeds(f, "modules.txt")
	f.Add([]byte("# github.com/esimov/pigo v1.4.6\n## explicit; go 1.13\ngithub.com/esimov/pigo/core\n# x => ../x\n# y v1 => z v2\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		reqs := VendorRequirements(data)
		if fmt.Sprint(reqs) != fmt.Sprint(VendorRequirements(data)) {
			t.Fatalf("two reads differ")
		}
		checkOffsets(t, data, reqs)
	})
}

// addSeeds adds every file named base under testdata.
func addSeeds(f *testing.F, base string) {
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != base {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil {
			f.Add(data)
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
}

func checkOffsets(t *testing.T, data []byte, reqs []Requirement) {
	for _, r := range reqs {
		if r.Start < 0 || r.Start > r.End || r.End > len(data) {
			t.Fatalf("requirement %s at [%d,%d) outside the %d-byte file", r.Path, r.Start, r.End, len(data))
		}
	}
}
