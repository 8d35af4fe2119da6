package audit

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// TestOtherFilesOnce: a directory's C files belong to its package, not to
// its external test package too (neither in the pass's OtherFiles nor in
// cgolib's scan of the directory). The sweep found go-face's facerec.cc
// reported twice, once per package of the directory.
func TestOtherFilesOnce(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/face\n"))
	write(t, filepath.Join(dir, "face.go"), []byte("package face\n\nimport \"C\"\n"))
	write(t, filepath.Join(dir, "face_test.go"), []byte("package face_test\n"))
	write(t, filepath.Join(dir, "facerec.cc"), []byte("#include <dlib/image_processing/frontal_face_detector.h>\n"))
	// cgolib reads the directory itself, then takes the audit's listing
	// of it from the configuration it is bound to.
	bound := &config.Config{}
	for _, cfg := range []*Config{
		{Dir: dir, Analyzers: []*analysis.Analyzer{cgolib.Analyzer, sdkimport.Analyzer}, Tests: true},
		{Dir: dir, Analyzers: config.Bind(bound, []*analysis.Analyzer{cgolib.Analyzer, sdkimport.Analyzer}), Bound: bound, Tests: true},
	} {
		rep, _, err := Run(cfg)
		if err != nil {
			t.Fatal(err)
		}
		got := findingLines(rep, func(p *output.Package, f *output.Finding) string {
			return p.ID + " " + filepath.Base(f.Pos.File) + " " + f.Analyzer + " " + f.Category
		})
		want := []string{"example.com/face facerec.cc cgolib face-detection"}
		if !slices.Equal(got, want) {
			t.Errorf("bound %v: findings %q, want %q", cfg.Bound != nil, got, want)
		}
	}
	if bound.Listed == nil {
		t.Fatal("the audit gave the bound configuration no listing")
	}
	for _, name := range []string{dir, filepath.Clean(dir)} {
		if other, ok := bound.Listed(name); !ok || !slices.Equal(other, []string{"facerec.cc"}) {
			t.Errorf("Listed(%s) = %q, %v; want [facerec.cc], true", name, other, ok)
		}
	}
	if other, ok := bound.Listed(filepath.Join(dir, "elsewhere")); ok {
		t.Errorf("Listed of a directory not walked = %q, true", other)
	}
}
