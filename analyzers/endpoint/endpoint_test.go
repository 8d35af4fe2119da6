package endpoint_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// TestExcludedFiles reads the expectations of files the build excludes too.
func TestExcludedFiles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analysistestutil.ReadingExcludedWants(endpoint.Analyzer), "tagged")
}

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), endpoint.Analyzer, "rest", "lookalike", "joined", "unjoined")
}

// TestUnseparated: a catalog that names an endpoint by a value without a
// dot or a slash has it found in a literal that strconst.Folder.Named
// leaves out.
func TestUnseparated(t *testing.T) {
	const data = `
vendor: Intranet
entries:
  - {id: intranet, product: Intranet face API, docs: "https://example.com", source: "https://example.com/api",
     endpoints: [{value: DetectFace, category: face-detection, what: detects faces}]}
`
	analysistest.Run(t, analysistest.TestData(), analysistestutil.WithCatalog(t, data, endpoint.Analyzer), "unseparated")
}

// TestSyntaxOnly checks that the matcher finds the same endpoints with no
// type information (the syntax-only audit mode) as the analyzer does with it.
func TestSyntaxOnly(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), endpoint.Analyzer, "rest")
	var typed []string
	for _, r := range results {
		for _, d := range r.Action.Diagnostics {
			typed = append(typed, fmt.Sprintf("%s %s", r.Action.Package.Fset.Position(d.Pos), d.Category))
		}
	}
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(analysistest.TestData(), "src", "rest", "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files in testdata/src/rest: %v", err)
	}
	var files []*ast.File
	for _, name := range names { // Glob sorts them
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	m := endpoint.NewMatcher(catalog.Default())
	fo := strconst.New(nil, files)
	var syntax []string
	for _, f := range files {
		endpoint.Check(m, fo, f, func(n ast.Node, match endpoint.Match, _ string) {
			syntax = append(syntax, fmt.Sprintf("%s %s", fset.Position(n.Pos()), match.Category))
		})
	}
	slices.Sort(typed)
	slices.Sort(syntax)
	if len(typed) == 0 || !slices.Equal(typed, syntax) {
		t.Errorf("syntax-only findings differ from typed ones:\ntyped:  %q\nsyntax: %q", typed, syntax)
	}
}
