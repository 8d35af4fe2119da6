package sdkimport

import (
	_ "embed"
	"go/ast"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
)

//go:embed doc.go
var doc string

// Analyzer reports imports of dedicated biometric packages.
var Analyzer = &analysis.Analyzer{
	Name:             "sdkimport",
	Doc:              analysisutil.MustExtractDoc(doc, "sdkimport"),
	URL:              analysisutil.DocURL("sdkimport"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer, ignored.Analyzer},
	// The result is the excluded files the analyzer read, with their
	// parse errors, which drivers report as problems: only the results of
	// the analyzers a driver runs reach it.
	ResultType: reflect.TypeFor[*ignored.Result](),
}

func run(pass *analysis.Pass) (any, error) {
	cat := config.Catalog(pass)
	for _, f := range pass.Files {
		report(pass, cat, f, "")
	}
	excluded := pass.ResultOf[ignored.Analyzer].(*ignored.Result)
	for _, f := range excluded.Files {
		report(pass, cat, f.Syntax, "in a file excluded by the build: "+f.Reason)
	}
	return excluded, nil
}

func report(pass *analysis.Pass, cat *catalog.Catalog, f *ast.File, note string) {
	for _, imp := range match.Imports(cat, f).All {
		if !imp.Package.Dedicated || analysisutil.InEntryModule(pass, imp.Package.Entry) {
			continue
		}
		fd := finding.ForImport(imp.Package, imp.Path)
		fd.Note = note
		emit.Finding(pass, imp.Spec, fd)
	}
}
