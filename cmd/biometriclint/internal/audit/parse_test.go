package audit

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// TestLineDirectivesIgnored places findings where their code is written:
// a line directive in audited code cannot send the reviewer to another
// file, or to one that does not exist.
func TestLineDirectivesIgnored(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/l\n"))
	write(t, filepath.Join(dir, "l.go"), []byte(`package l

//line innocent.go:100
const detect = "https://api-us.faceplusplus.com/facepp/v3/detect"

/*line block.go:7:1*/ const search = "https://api-us.faceplusplus.com/facepp/v3/detect"
`))
	rep, _, err := Run(&Config{Dir: dir, Analyzers: []*analysis.Analyzer{endpoint.Analyzer}})
	if err != nil {
		t.Fatal(err)
	}
	got := findingLines(rep, func(_ *output.Package, f *output.Finding) string {
		return fmt.Sprintf("%s:%d:%d", filepath.Base(f.Pos.File), f.Pos.Line, f.Pos.Col)
	})
	if want := []string{"l.go:4:16", "l.go:6:38"}; !slices.Equal(got, want) {
		t.Errorf("findings at %q, want %q", got, want)
	}
}
