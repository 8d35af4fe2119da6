package catalog

import (
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary bytes to the catalog loader as one data file:
// a bad file is an error, never a panic, and a file that loads answers
// lookups. The seeds are the real data files.
func FuzzLoad(f *testing.F) {
	names, err := fs.Glob(dataFS, "data/*.yaml")
	if err != nil || len(names) == 0 {
		f.Fatalf("no data files: %v", err)
	}
	for _, name := range names {
		src, err := fs.ReadFile(dataFS, name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("vendor: x\nentries:\n  - ~\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		first := loaded(src)
		if again := loaded(src); again != first {
			t.Fatalf("two loads differ:\n%s\n%s", first, again)
		}
	})
}

func loaded(src []byte) string {
	c, err := Load(fstest.MapFS{"data/fuzz.yaml": {Data: src}}, "data/*.yaml")
	if err != nil {
		return "error: " + err.Error()
	}
	s := fmt.Sprintf("%d entries, %d packages, %d endpoints, %d models, %d native\n",
		len(c.Entries), len(c.Packages()), len(c.Endpoints()), len(c.Models()), len(c.NativeLibs()))
	for _, p := range c.Packages() {
		s += fmt.Sprintf("%s %s %v\n", p.Path, p.PkgName(), c.Package(p.Path) == p)
	}
	for _, m := range c.Models() {
		if got := c.Model("dir/" + m.Name); got != nil {
			s += "model " + got.Name + "\n"
		}
	}
	return s
}

// FuzzModel matches arbitrary file paths against the catalogued models:
// never a panic, and the same answer twice.
func FuzzModel(f *testing.F) {
	for _, s := range []string{
		"models/haarcascade_frontalface_default.xml",
		`C:\models\shape_predictor_68_face_landmarks.dat`,
		"emotion-ferplus-8.onnx", "", "/", "a/b/../c", "[", "*", "\\\\",
	} {
		f.Add(s)
	}
	c := Default()
	f.Fuzz(func(t *testing.T, p string) {
		m := c.Model(p)
		if again := c.Model(p); again != m {
			t.Fatalf("Model(%q) differs between calls", p)
		}
		if want := linearModel(c, p); m != want {
			t.Fatalf("Model(%q) = %v, a scan of every model finds %v", p, m, want)
		}
	})
}
