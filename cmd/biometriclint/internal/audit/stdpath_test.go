package audit

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/modelfile"
)

// TestStandardByModule: a tree without a go.mod names its packages by
// their directories, and a directory named image or net is no package of
// the standard library, which the analyzers that read strings skip. Its
// strings and its files excluded by the build are read.
func TestStandardByModule(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "image", "face.go"), []byte("package image\n\nconst model = \"shape_predictor_68_face_landmarks.dat\"\n"))
	write(t, filepath.Join(dir, "image", "face_windows.go"), []byte("package image\n\nconst api = \"https://api-us.faceplusplus.com/facepp/v3/detect\"\n"))
	rep, _, err := Run(&Config{Dir: dir, Analyzers: []*analysis.Analyzer{endpoint.Analyzer, modelfile.Analyzer}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range rep.Findings() {
		got = append(got, filepath.Base(f.Pos.File)+" "+f.Analyzer)
	}
	slices.Sort(got)
	want := []string{"face.go modelfile", "face_windows.go endpoint"}
	if !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}
