package catalog

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestDefaultCatalogIsValid keeps the embedded data valid: Default does
// not validate it (TestEmbeddedEntries keeps its Go values equal to the
// data files).
func TestDefaultCatalogIsValid(t *testing.T) {
	if _, err := Load(dataFS, "data/*.yaml"); err != nil {
		t.Fatal(err)
	}
	if _, err := build(embeddedEntries()); err != nil {
		t.Fatal(err)
	}
	cat := Default()
	if len(cat.Entries) == 0 {
		t.Fatal("empty catalog")
	}
	for _, p := range cat.Packages() {
		if p.Entry == nil {
			t.Errorf("package %s has no entry", p.Path)
		}
		for _, s := range p.Symbols {
			if s.Package != p {
				t.Errorf("symbol %s.%s not linked to its package", p.Path, s.Name)
			}
			if s.LegalRef() == "" {
				t.Errorf("symbol %s.%s has no legal reference", p.Path, s.Name)
			}
		}
	}
}

func TestLookups(t *testing.T) {
	cat := Default()
	const rek = "github.com/aws/aws-sdk-go-v2/service/rekognition"
	s := cat.Symbol(rek, "Client.CompareFaces")
	if s == nil || s.Category != FaceRecognition {
		t.Fatalf("Client.CompareFaces = %+v, want a face-recognition symbol", s)
	}
	if got := s.Package.Entry.ID; got != "aws-rekognition-v2" {
		t.Errorf("entry = %q", got)
	}
	for _, name := range []string{"Client.DetectText", "Client.DetectLabels", "Client"} {
		if s := cat.Symbol(rek, name); s != nil {
			t.Errorf("non-biometric %s is catalogued", name)
		}
	}
	if cat.Package("golang.org/x/image/font") != nil {
		t.Error("font package is catalogued")
	}
}

func TestLoadRejectsBadData(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"unknown key", "vendor: V\nentries:\n  - id: x\n    colour: red\n", "field colour not found"},
		{"missing vendor", "entries: []\n", "missing vendor"},
		{"bad id", entry("Bad_ID", "github.com/a/b", "  symbols: [{symbol: F, category: face-detection, what: w}]"), "kebab-case"},
		{"bad category", entry("x", "github.com/a/b", "  symbols: [{symbol: F, category: happiness, what: w}]"), `unknown category "happiness"`},
		{"bad symbol", entry("x", "github.com/a/b", "  symbols: [{symbol: a.b.c, category: face-detection, what: w}]"), "not of the form"},
		{"duplicate symbol", entry("x", "github.com/a/b", "  symbols: [{symbol: F, category: face-detection, what: w}, {symbol: F, category: face-detection, what: w}]"), "duplicate symbol"},
		{"bad path", entry("x", "github.com/a/b c", "  symbols: [{symbol: F, category: face-detection, what: w}]"), "invalid char"},
		{"outside module", entry("x", "github.com/other/b", "  symbols: [{symbol: F, category: face-detection, what: w}]"), "lies in none"},
		{"multi-purpose without symbols", entry("x", "github.com/a/b", ""), "without symbols"},
		{"dedicated without category", entry("x", "github.com/a/b", "  dedicated: true\n        what: w"), "needs a valid category"},
		{"missing what", entry("x", "github.com/a/b", "  symbols: [{symbol: F, category: face-detection}]"), "missing what"},
		{"values differing in case", entry("x", "github.com/a/b", "  symbols: [{symbol: F, category: face-detection, what: w, refine: [{field: A, values: {all: emotion-recognition, ALL: face-detection}}]}]"), `values "ALL" and "all" differ only in case`},
		{"endpoint without source", "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    endpoints: [{host: api.example.com, path: /face/verify, category: face-recognition, what: w}]\n", "no source"},
		{"source not a URL", "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    source: the docs\n    endpoints: [{host: api.example.com, path: /face/verify, category: face-recognition, what: w}]\n", `source must be an https URL, got "the docs"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(tt.data)}}, "*.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "d.yaml") {
				t.Errorf("error does not name the file: %v", err)
			}
		})
	}
}

// TestBadRefineValueNamedInOrder: of several bad values of a refinement,
// the error names the first in order, every time (the values are a map:
// the fuzzer found two loads of one file naming different values).
func TestBadRefineValueNamedInOrder(t *testing.T) {
	data := entry("x", "github.com/a/b", "  symbols: [{symbol: F, category: face-detection, what: w, refine: [{field: A, values: {E: happy, C: sad, D: calm, B: glad}}]}]")
	for range 20 {
		_, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(data)}}, "*.yaml")
		if err == nil || !strings.Contains(err.Error(), `value "B": unknown category "glad"`) {
			t.Fatalf("err = %v, want it to name value B", err)
		}
	}
}

// TestSourceSatisfiesEndpointEntry: the same entry as the failing cases
// above loads once it names its source.
func TestSourceSatisfiesEndpointEntry(t *testing.T) {
	data := "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    source: https://example.com/api.md\n    endpoints: [{host: api.example.com, path: /face/verify, category: face-recognition, what: w}]\n"
	c, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(data)}}, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Entry("x").Source; got != "https://example.com/api.md" {
		t.Errorf("Source = %q", got)
	}
}

func TestDuplicateIDsAndPathsAcrossFiles(t *testing.T) {
	a := entry("x", "github.com/a/b", "  symbols: [{symbol: F, category: face-detection, what: w}]")
	_, err := Load(fstest.MapFS{"a.yaml": {Data: []byte(a)}, "b.yaml": {Data: []byte(a)}}, "*.yaml")
	if err == nil || !strings.Contains(err.Error(), "duplicate id") || !strings.Contains(err.Error(), "also catalogued") {
		t.Fatalf("err = %v", err)
	}
}

func entry(id, pkg, rest string) string {
	return "vendor: V\nentries:\n  - id: " + id + "\n    product: P\n    docs: https://example.com\n" +
		"    modules: [{path: github.com/a/b, version: v1.0.0}]\n" +
		"    packages:\n      - path: " + pkg + "\n      " + rest + "\n"
}

func TestDefaultPkgName(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/aws/aws-sdk-go-v2/service/rekognition": "rekognition",
		"cloud.google.com/go/vision/v2/apiv1":              "apiv1",
		"github.com/Kagami/go-face":                        "face",
		"gopkg.in/yaml.v3":                                 "yaml",
		"github.com/alibabacloud-go/facebody-20191230/v5":  "facebody_20191230",
		"gocv.io/x/gocv":                                   "gocv",
		"example.com/x/face.tools":                         "face_tools",
	} {
		if got := DefaultPkgName(path); got != want {
			t.Errorf("DefaultPkgName(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestEmptyItems: an empty item of a list of a data file ("- " alone)
// decodes to nothing, and is an error that says where, not a crash of the
// validation that reads it (FuzzLoad found "modules:\n    -").
func TestEmptyItems(t *testing.T) {
	const head = "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    source: https://example.com/s\n"
	for _, tc := range []struct{ body, where string }{
		{"    modules:\n      -\n", "modules[1]"},
		{"    models:\n      - {name: a.onnx, category: face-detection, what: w}\n      -\n", "models[2]"},
		{"    packages:\n      - path: example.com/face\n        symbols:\n          -\n", "packages[1].symbols[1]"},
		{"    endpoints:\n      - host: api.example.com\n        params:\n          -\n", "endpoints[1].params[1]"},
		{"    native:\n      -\n", "native[1]"},
	} {
		_, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(head + tc.body)}}, "*.yaml")
		if want := "d.yaml: entry 1: empty item in " + tc.where; err == nil || err.Error() != want {
			t.Errorf("%q: error %v, want %q", tc.body, err, want)
		}
	}
}

// TestSymbolMember: the member of T.M is M; a package-level F has none.
func TestSymbolMember(t *testing.T) {
	for name, want := range map[string]string{"Client.DetectFaces": "DetectFaces", "FaceDetail.Emotions": "Emotions", "NewListFacesPaginator": "", "": ""} {
		if got := (&Symbol{Name: name}).Member(); got != want {
			t.Errorf("Symbol{%q}.Member() = %q, want %q", name, got, want)
		}
	}
}
