package discover_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/discover"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// TestNoPackage runs the analyzer as golangci-lint's syntax load mode
// does: parsed files, no types, no *types.Package.
func TestNoPackage(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "testdata/native/engine.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	fo := strconst.New(nil, []*ast.File{f})
	var msgs []string
	pass := &analysis.Pass{
		Analyzer: discover.Analyzer,
		Fset:     fset,
		Files:    []*ast.File{f},
		ResultOf: map[*analysis.Analyzer]any{
			strconst.Analyzer: &strconst.Result{Files: []*strconst.File{{Syntax: f, Folder: fo, Named: fo.Named(f, f)}}},
		},
		Report: func(d analysis.Diagnostic) { msgs = append(msgs, d.Message) },
	}
	res, err := discover.Analyzer.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(res.(*discover.Result).Found); got != 6 || len(msgs) != 6 {
		t.Fatalf("%d found, %d reported, want 6 each:\n%s", got, len(msgs), strings.Join(msgs, "\n"))
	}
}
