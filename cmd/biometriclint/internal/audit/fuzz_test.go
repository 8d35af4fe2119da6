package audit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// FuzzAudit audits a tree made of one arbitrary Go file, an arbitrary
// go.mod and an arbitrary vendor/modules.txt, as a reviewer's tree could
// be: the audit never fails on content, no analyzer panics (the audit
// would report it as an analyzer error), and a second audit of the same
// tree reports the same thing.
func FuzzAudit(f *testing.F) {
	f.Add([]byte("package app\n\nimport face \"github.com/Kagami/go-face\"\n\nvar r, _ = face.NewRecognizer(\"models\")\n"),
		[]byte("module example.com/app\n\ngo 1.22\n\nrequire github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e\n"),
		[]byte("# github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e\n## explicit\ngithub.com/Kagami/go-face\n"))
	f.Add([]byte("package app\n/*\n#cgo LDFLAGS: -ldlib\n#include <dlib/dnn.h>\n*/\nimport \"C\"\nimport _ \"embed\"\n//go:embed models/*.onnx\nvar m string\nconst u = \"https://api-cn.faceplusplus.com/facepp/v3/detect?return_attributes=emotion\""),
		[]byte("module"), []byte("# x"))
	f.Add([]byte("package"), []byte{0xff, 0xfe, 0}, []byte{})
	f.Fuzz(func(t *testing.T, src, gomod, modules []byte) {
		dir := t.TempDir()
		write(t, filepath.Join(dir, "go.mod"), gomod)
		write(t, filepath.Join(dir, "app", "app.go"), src)
		write(t, filepath.Join(dir, "vendor", "modules.txt"), modules)
		first := audit(t, dir)
		if again := audit(t, dir); again != first {
			t.Fatalf("two audits differ:\n%s\n%s", first, again)
		}
	})
}

func write(t *testing.T, name string, data []byte) {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// findingLines returns line(p, f) for every finding f of every package p
// of rep, in the report's order.
func findingLines(rep *output.Report, line func(p *output.Package, f *output.Finding) string) []string {
	var lines []string
	for _, p := range rep.Packages {
		for _, a := range p.Analyzers {
			for _, f := range a.Findings {
				lines = append(lines, line(p, f))
			}
		}
	}
	return lines
}

// audit runs a syntax-only audit of dir and returns its report as JSON.
func audit(t *testing.T, dir string) string {
	rep, _, err := Run(&Config{Dir: dir, Analyzers: suite.Analyzers()})
	if err != nil {
		t.Fatalf("audit failed: %v", err)
	}
	for _, p := range rep.Packages {
		for _, a := range p.Analyzers {
			if strings.HasPrefix(a.Err, "panic") {
				t.Fatalf("%s on %s: %s", a.Name, p.ID, a.Err)
			}
		}
	}
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
