package catalog

import (
	"strings"
	"testing"
	"testing/fstest"
)

// evidenceEntry wraps evidence YAML (under "entries[0]") into a data file.
func evidenceEntry(body string) string {
	return "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    source: https://example.com/api.md\n" + body
}

func TestLoadRejectsBadEvidence(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"endpoint without address", "    endpoints: [{category: face-detection, what: w}]\n", "needs a host, a path or a value"},
		{"value with path", "    endpoints: [{value: V.Op, path: /a, category: face-detection, what: w}]\n", "value excludes host and path"},
		{"upper-case host", "    endpoints: [{host: API.example.com, path: /a, category: face-detection, what: w}]\n", "not a lower-case host pattern"},
		{"bad host pattern", "    endpoints: [{host: \"a[.com\", path: /a, category: face-detection, what: w}]\n", "not a lower-case host pattern"},
		{"relative path", "    endpoints: [{path: a/b, category: face-detection, what: w}]\n", "must start with /"},
		{"path with query", "    endpoints: [{path: \"/a?b=c\", category: face-detection, what: w}]\n", "must start with /"},
		{"mixed placeholder", "    endpoints: [{path: \"/a/v{n}\", category: face-detection, what: w}]\n", "mixes a placeholder"},
		{"no category and no params", "    endpoints: [{path: /a}]\n", "has none"},
		{"category without what", "    endpoints: [{path: /a, category: face-detection}]\n", "missing what"},
		{"param without name or values", "    endpoints: [{path: /a, params: [{category: face-detection, what: w}]}]\n", "param needs a name or values"},
		{"param value list", "    endpoints: [{path: /a, params: [{name: n, values: [\"a,b\"], category: face-detection, what: w}]}]\n", "one non-empty token"},
		{"param bad category", "    endpoints: [{path: /a, params: [{name: n, category: smile, what: w}]}]\n", `unknown category "smile"`},
		{"model absolute", "    models: [{name: /m.onnx, category: face-detection, what: w}]\n", "relative file name pattern"},
		{"model bad pattern", "    models: [{name: \"m[.onnx\", category: face-detection, what: w}]\n", "relative file name pattern"},
		{"model without what", "    models: [{name: m.onnx, category: face-detection}]\n", "missing what"},
		{"native two kinds", "    native: [{header: a.h, lib: a, category: face-detection, what: w}]\n", "exactly one of"},
		{"native none", "    native: [{category: face-detection, what: w}]\n", "exactly one of"},
		{"native -l", "    native: [{lib: -ldlib, category: face-detection, what: w}]\n", "without -l"},
		{"native brackets", "    native: [{header: \"<a.h>\", category: face-detection, what: w}]\n", "angle brackets"},
		{"dedicated without host", "    endpoints: [{path: /a, dedicated: true, category: face-detection, what: w}]\n", "needs a host and no path"},
		{"dedicated with path", "    endpoints: [{host: a.example.com, path: /a, dedicated: true, category: face-detection, what: w}]\n", "needs a host and no path"},
		{"dedicated without category", "    endpoints: [{host: a.example.com, dedicated: true, params: [{name: n, category: face-detection, what: w}]}]\n", "needs a category"},
		{"bare host not dedicated", "    endpoints: [{host: a.example.com, category: face-detection, what: w}]\n", "mark it dedicated: true"},
		{"unknown evidence key", "    models: [{file: m.onnx, category: face-detection, what: w}]\n", "field file not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(evidenceEntry(tt.body))}}, "*.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadAcceptsEvidence(t *testing.T) {
	body := `    endpoints:
      - {host: "face.*.example.com", path: "/v2/{project}/detect", category: face-detection, what: w,
         params: [{name: attrs, values: [emotion], category: emotion-recognition, what: w2}]}
      - {value: Service.Op, category: face-recognition, what: w}
      - {path: /only/params, params: [{values: [FACE], category: face-detection, what: w}]}
      - {host: faces.example.com, dedicated: true, category: face-recognition, what: w}
      - {host: vision.example.com, params: [{values: [FACE], category: face-detection, what: w}]}
    models: [{name: "m-*.onnx", category: face-detection, what: w}, {name: cascade/f, category: face-detection, what: w}]
    native: [{header: a/b.h, category: face-detection, what: w}, {lib: "x*", category: face-detection, what: w}, {pkg-config: x4, category: face-detection, what: w}]
`
	cat, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(evidenceEntry(body))}}, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e := cat.Entry("x")
	if got := len(cat.Endpoints()); got != 5 {
		t.Errorf("%d endpoints, want 5", got)
	}
	if ep := cat.Endpoints()[3]; !ep.Dedicated || ep.Host != "faces.example.com" {
		t.Errorf("endpoint 3 = %+v, want the dedicated host faces.example.com", ep)
	}
	if got := len(cat.Models()); got != 2 {
		t.Errorf("%d models, want 2", got)
	}
	if got := len(cat.NativeLibs()); got != 3 {
		t.Errorf("%d native libs, want 3", got)
	}
	for _, ep := range cat.Endpoints() {
		if ep.Entry != e {
			t.Errorf("endpoint %+v not linked to its entry", ep)
		}
	}
	if got, want := e.LegalFor(EmotionRecognition), "EU AI Act Art. 5(1)(f), Annex III 1(c)"; got != want {
		t.Errorf("LegalFor = %q, want %q", got, want)
	}
}

// TestDefaultEvidence keeps the embedded evidence reachable: every item is
// linked to its entry and the look-alikes the analyzers rely on stay out.
func TestDefaultEvidence(t *testing.T) {
	cat := Default()
	if len(cat.Endpoints()) == 0 || len(cat.Models()) == 0 || len(cat.NativeLibs()) == 0 {
		t.Fatal("no endpoints, models or native libraries in the embedded catalog")
	}
	for _, m := range cat.Models() {
		if m.Entry == nil {
			t.Errorf("model %s has no entry", m.Name)
		}
		for _, generic := range []string{"deploy.prototxt", "model.onnx", "*.onnx"} {
			if m.Name == generic {
				t.Errorf("generic model name %q is catalogued", generic)
			}
		}
	}
	for _, n := range cat.NativeLibs() {
		if n.Header == "opencv2/opencv.hpp" || n.Header == "dlib/dnn.h" {
			t.Errorf("umbrella header %q is catalogued", n.Header)
		}
	}
}
