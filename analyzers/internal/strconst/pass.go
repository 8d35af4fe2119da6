package strconst

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/internal/ignored"
)

// EachFile calls fn with each file of the pass and a Folder for it: the
// package's files share one with the type information, and the files the
// build excludes (the pass's analyzer must require ignored.Analyzer) get
// a syntax-only one each, and a note that says why they are excluded.
func EachFile(pass *analysis.Pass, fn func(f *ast.File, fo *Folder, note string)) {
	fo := New(pass.TypesInfo, pass.Files)
	for _, f := range pass.Files {
		fn(f, fo, "")
	}
	for _, f := range pass.ResultOf[ignored.Analyzer].(*ignored.Result).Files {
		fn(f.Syntax, New(nil, []*ast.File{f.Syntax}), "in a file excluded by the build: "+f.Reason)
	}
}
