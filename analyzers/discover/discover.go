package discover

import (
	_ "embed"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

//go:embed doc.go
var doc string

// Analyzer reports possible biometric code the catalog does not cover.
var Analyzer = &analysis.Analyzer{
	Name:             "discover",
	Doc:              analysisutil.MustExtractDoc(doc, "discover"),
	URL:              analysisutil.DocURL("discover"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{strconst.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	s := NewScanner(catalog.Default())
	s.PkgPath = pass.Pkg.Path()
	var files []*ast.File
	strconst.EachFile(pass, func(f *strconst.File) { files = append(files, f.Syntax) })
	s.Prepare(files)
	strconst.EachFile(pass, func(f *strconst.File) {
		s.File(f.Folder, f.Syntax, f.Strings, f.Note)
	})
	for _, ev := range s.Finish(pass.Fset) {
		report(pass, ev)
	}
	return nil, nil
}
