package endpoint_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
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
	pkgs, err := parser.ParseDir(fset, filepath.Join(analysistest.TestData(), "src", "rest"), nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range slices.Sorted(maps.Keys(pkgs["rest"].Files)) {
		files = append(files, pkgs["rest"].Files[name])
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
