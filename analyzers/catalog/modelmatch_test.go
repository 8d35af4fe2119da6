package catalog

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

func TestMatchModel(t *testing.T) {
	cat := Default()
	tests := []struct {
		s    string
		want Category // "" for no match
	}{
		{"face_recognition_sface_2021dec.onnx", FaceRecognition},
		{"https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2023mar.onnx?raw=true", FaceDetection},
		{"models/age-gender-recognition-retail-0013.xml", BiometricCategorisation},
		{"emotions-recognition-retail-0003.bin", EmotionRecognition},
		{"haarcascade_smile.xml", EmotionRecognition},
		{"../pigo/cascade/lps/lp38", FaceDetection},
		{"cascade/lps/", ""}, // "cascade/lps" is a directory, not a cascade
		{"lp38", ""},
		{"facefinder", ""},
		{"genderage.onnx.json", ""},
		{"", ""},
	}
	for _, tt := range tests {
		m := cat.Model(tt.s)
		ok := m != nil
		if ok != (tt.want != "") || ok && m.Category != tt.want {
			t.Errorf("Model(%q) = %v; want %q", tt.s, m, tt.want)
		}
	}
}

func TestLastElems(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"a/b/c", 1, "c"}, {"a/b/c", 2, "b/c"}, {"a/b/c", 3, "a/b/c"}, {"a/b/c", 4, ""}, {"c", 1, "c"}, {"c", 2, ""},
	} {
		if got := lastElems(tt.s, tt.n); got != tt.want {
			t.Errorf("lastElems(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func BenchmarkMatchModel(b *testing.B) {
	cat := Default()
	inputs := []string{"/opt/models/face_detection_yunet_2023mar.onnx", "config.yaml", "https://example.com/api/v1/users", "yolov8n.onnx"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			cat.Model(s)
		}
	}
}

// linearModel is Model without the index: every model in catalog order,
// the first that matches wins.
func linearModel(c *Catalog, s string) *ModelFile {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \n\t\"") {
		return nil
	}
	s, _, _ = strings.Cut(s, "?")
	s, _, _ = strings.Cut(s, "#")
	s = strings.TrimRight(strings.ToLower(strings.ReplaceAll(s, `\`, "/")), "/")
	for _, m := range c.Models() {
		pattern := strings.ToLower(m.Name)
		tail := lastElems(s, strings.Count(m.Name, "/")+1)
		if tail == "" {
			continue
		}
		for _, t := range []string{tail, strings.TrimSuffix(tail, ".bz2"), strings.TrimSuffix(tail, ".gz"), strings.TrimSuffix(tail, ".zip")} {
			if ok, _ := path.Match(pattern, t); ok {
				return m
			}
		}
	}
	return nil
}

// TestModelIndex: the index, and the lowering of only the tails it has
// candidates for, find what a comparison with every model in catalog
// order finds, on every model name spelled as code spells them (other
// cases, non-ASCII letters around it), on catalogs whose patterns start
// with a wildcard, and on the string literals of net/http.
func TestModelIndex(t *testing.T) {
	data := "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    source: https://example.com/models.md\n    models:\n" +
		"      - {name: \"*.facemodel\", category: face-recognition, what: w}\n" +
		"      - {name: \"x*\", category: face-detection, what: w}\n" +
		"      - {name: \"d/*.onnx\", category: face-detection, what: w}\n"
	extra, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(data)}}, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, cat := range []*Catalog{Default(), extra} {
		var inputs []string
		for _, m := range cat.Models() {
			name := strings.NewReplacer("*", "x1", "?", "q", "[", "", "]", "").Replace(m.Name)
			inputs = append(inputs, name, strings.ToUpper(name), "models/"+name, `C:\models\`+name, name+".gz", name+"?raw=true", "https://h.example/"+name+"#x", name+".json", name[1:], "a", "",
				strings.ToUpper(name[:1])+name[1:], "ÄÖ/"+name, "\u212a"+name, name+"/")
		}
		inputs = append(inputs, "x", "xy.onnx", "d/e.onnx", "q.facemodel", "config.yaml", "https://example.com/api/v1/users")
		inputs = append(inputs, literals(t, filepath.Join(goenv.MustVar(t, "GOROOT"), "src", "net", "http"))...)
		for _, s := range inputs {
			if got, want := cat.Model(s), linearModel(cat, s); got != want {
				t.Errorf("Model(%q) = %v, want %v", s, got, want)
			}
		}
	}
	// A string with no dot or slash is matched only when a pattern can
	// match one: "x*" in the extra catalog.
	if !Default().ModelNamesSeparated() {
		t.Error("a model pattern of the embedded catalog matches names without a dot or a slash: every string is matched")
	}
	if extra.ModelNamesSeparated() {
		t.Error(`ModelNamesSeparated with the pattern "x*"`)
	}
}

// literals returns the double-quoted string literals of the Go files of
// dir, as written.
func literals(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var out []string
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, lit := range regexp.MustCompile(`"[^"\n]*"`).FindAllString(string(src), -1) {
			out = append(out, strings.Trim(lit, `"`))
		}
	}
	return out
}

func TestHasLiteralDot(t *testing.T) {
	for pattern, want := range map[string]bool{"*.onnx": true, "x*": false, "a[.]b": false, `a\.b`: false, "cascade/x": false, "[a]b.c": true} {
		if got := hasLiteralDot(pattern); got != want {
			t.Errorf("hasLiteralDot(%q) = %v, want %v", pattern, got, want)
		}
	}
}
