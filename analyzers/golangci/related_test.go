package golangci

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestPlaceEntries: a related entry in another file than the diagnostic's
// gets its position at the start of its message, relative to the working
// directory; one in the same file, or without a position, is left as is,
// and the diagnostic the analyzer made is not changed.
func TestPlaceEntries(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	here := fset.AddFile(filepath.Join(wd, "main.go"), -1, 100)
	there := fset.AddFile(filepath.Join(wd, "wrap", "wrap.go"), -1, 100)
	outside := fset.AddFile("/elsewhere/sdk.go", -1, 100)
	for _, f := range []*token.File{here, there, outside} {
		f.SetLines([]int{0, 10, 20})
	}
	related := []analysis.RelatedInformation{
		{Pos: here.Pos(12), Message: "same file"},
		{Pos: there.Pos(23), Message: "wrap.Faces calls rekognition.Client.DetectFaces"},
		{Pos: outside.Pos(5), Message: "outside"},
		{Pos: token.NoPos, Message: "no position"},
	}
	d := analysis.Diagnostic{Pos: here.Pos(3), Message: "finding", Related: related}
	got := placeEntries(fset, d)
	want := []string{
		"same file",
		filepath.Join("wrap", "wrap.go") + ":3:4: wrap.Faces calls rekognition.Client.DetectFaces",
		"/elsewhere/sdk.go:1:6: outside",
		"no position",
	}
	for i, r := range got.Related {
		if r.Message != want[i] {
			t.Errorf("entry %d: %q, want %q", i, r.Message, want[i])
		}
	}
	if related[1].Message != "wrap.Faces calls rekognition.Client.DetectFaces" {
		t.Errorf("the analyzer's diagnostic changed: %q", related[1].Message)
	}
}

// TestPlaceRelated: an analyzer another requires keeps its identity, and
// the others report through the wrapper.
func TestPlaceRelated(t *testing.T) {
	fset := token.NewFileSet()
	a := fset.AddFile("/a.go", -1, 10)
	b := fset.AddFile("/b.go", -1, 10)
	prereq := &analysis.Analyzer{Name: "prereq", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	top := &analysis.Analyzer{Name: "top", Requires: []*analysis.Analyzer{prereq}, Run: func(pass *analysis.Pass) (any, error) {
		pass.Report(analysis.Diagnostic{Pos: a.Pos(1), Related: []analysis.RelatedInformation{{Pos: b.Pos(2), Message: "step"}}})
		return nil, nil
	}}
	out := placeRelated([]*analysis.Analyzer{top, prereq})
	if out[1] != prereq {
		t.Error("the required analyzer was copied")
	}
	if out[0] == top || out[0].Name != "top" || len(out[0].Requires) != 1 || out[0].Requires[0] != prereq {
		t.Errorf("top: got %+v, want a copy with the same name and requirements", out[0])
	}
	var got []analysis.Diagnostic
	pass := &analysis.Pass{Fset: fset, Report: func(d analysis.Diagnostic) { got = append(got, d) }}
	if _, err := out[0].Run(pass); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Related[0].Message != "/b.go:1:3: step" {
		t.Errorf("reported %+v, want one diagnostic whose entry starts with /b.go:1:3", got)
	}
}
