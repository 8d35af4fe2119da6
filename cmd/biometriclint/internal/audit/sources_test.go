package audit

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/modelfile"
)

// TestSourcesForgotten: over its budget of sources, the audit keeps a
// file's source while its directory is analysed and reported, not to the
// end of the run, so that its memory follows the directories in flight.
// After Run, the collector reads such files from disk (here changed
// since); findings carry the snippets read while the source was kept.
// Under the budget, the sources are kept to the end.
func TestSourcesForgotten(t *testing.T) {
	for _, budget := range []int{0, keptSources} {
		t.Run(fmt.Sprint(budget), func(t *testing.T) {
			saved := keptSources
			keptSources = budget
			t.Cleanup(func() { keptSources = saved })
			testSourcesForgotten(t, budget == 0)
		})
	}
}

func testSourcesForgotten(t *testing.T, forgotten bool) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/m\n"))
	name := filepath.Join(dir, "a", "a.go")
	write(t, name, []byte("package a\n\nconst Model = \"haarcascade_frontalface_default.xml\"\n"))
	rep, col, err := Run(&Config{Dir: dir, Analyzers: []*analysis.Analyzer{modelfile.Analyzer}})
	if err != nil {
		t.Fatal(err)
	}
	var snippets []string
	for _, f := range rep.Findings() {
		snippets = append(snippets, f.Snippet)
	}
	if want := `const Model = "haarcascade_frontalface_default.xml"`; len(snippets) != 1 || snippets[0] != want {
		t.Fatalf("snippets %q, want [%q]", snippets, want)
	}
	changed := []byte("package a\n")
	if err := os.WriteFile(name, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	want := "the file as it was audited"
	if forgotten {
		want = "the file as it is on disk now"
	}
	if src, err := col.ReadFile(name); err != nil || (string(src) == string(changed)) != forgotten {
		t.Errorf("after Run, ReadFile(%s) = %q, %v; want %s", name, src, err, want)
	}
}
