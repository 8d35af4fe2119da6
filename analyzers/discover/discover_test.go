package discover_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/discover"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), discover.Analyzer, "acmevision", "voiceapi", "face", "covered", "mediabody", "opname")
}

// TestLookalikes: code that looks biometric and is not stays silent
// (analysistest fails on any finding without a want).
func TestLookalikes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), discover.Analyzer, "lookalike")
}

// TestCgo scans a cgo binding of a native face SDK from its syntax (the
// preamble's header cannot compile here), as the audit does.
func TestCgo(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "testdata/native/engine.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range scanPackage(fset, []*ast.File{f}) {
		got = append(got, fmt.Sprintf("%d %s [%s]", fset.Position(ev.Pos).Line+lineOf(fset, ev), ev.Subject, ev.Category))
	}
	want := []string{
		"6 #cgo LDFLAGS: -lacme_face_engine -lstdc++ [face-recognition]",
		"8 #include \"acme_face_sdk.h\" [face-recognition]",
		"18 func FaceEngine.FaceFeatureCompare [face-recognition]",
		"19 C.ASFFaceFeatureCompare [face-recognition]",
		"23 func Extract [face-recognition]",
		"30 \"models/mtcnn.pb\" [face-detection]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// lineOf returns the line of evidence found at a node (Pos is then unset).
func lineOf(fset *token.FileSet, ev discover.Evidence) int {
	if ev.Node == nil {
		return 0
	}
	return fset.Position(ev.Node.Pos()).Line
}

// TestCatalogued: code of catalogued vendors is left to the other
// analyzers (a file importing a dedicated package, a catalogued endpoint);
// the rest of the package is still read.
func TestCatalogued(t *testing.T) {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range []string{"known.go", "rest.go"} {
		f, err := parser.ParseFile(fset, "testdata/catalogued/"+name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	var got []string
	for _, ev := range scanPackage(fset, files) {
		got = append(got, fmt.Sprintf("%s %s [%s]", fset.Position(ev.Node.Pos()), ev.Subject, ev.Category))
	}
	want := []string{
		"testdata/catalogued/rest.go:15:6 func CompareFaces [face-recognition]",
		"testdata/catalogued/rest.go:16:22 \"http://localhost:5000/face/verify\" [face-recognition]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestFinishByFileName lists a package's evidence by file name and offset
// when the file set holds the files in another order, as go/packages may
// leave it (it parses a package's files in parallel): the first of a
// subject's evidence is its finding, and must not change between runs.
func TestFinishByFileName(t *testing.T) {
	src, err := os.ReadFile("testdata/catalogued/rest.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range []string{"b.go", "a.go"} { // b.go gets the lower positions
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	var got []string
	for _, ev := range scanPackage(fset, files) {
		got = append(got, fmt.Sprintf("%s %s", fset.Position(ev.Node.Pos()), ev.Subject))
	}
	want := []string{
		"a.go:15:6 func CompareFaces",
		"a.go:16:22 \"http://localhost:5000/face/verify\"",
		"b.go:15:6 func CompareFaces",
		"b.go:16:22 \"http://localhost:5000/face/verify\"",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// scanPackage scans files, a package's, as the analyzer does, and returns
// its evidence.
func scanPackage(fset *token.FileSet, files []*ast.File) []discover.Evidence {
	fo := strconst.New(nil, files)
	s := discover.NewScanner(catalog.Default())
	s.Prepare(files)
	for _, f := range files {
		s.File(fo, f, fo.Strings(f, f), "")
	}
	return s.Finish(fset)
}
