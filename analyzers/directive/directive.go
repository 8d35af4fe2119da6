package directive

import (
	_ "embed"
	"go/ast"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/policy"
)

//go:embed doc.go
var doc string

// Analyzer reports malformed suppression directives. Its result, a
// *Result, lists every directive of the package, for the driver that
// reports the unused ones (policy.Policy.Unused).
var Analyzer = &analysis.Analyzer{
	Name:             "directive",
	Doc:              analysisutil.MustExtractDoc(doc, "directive"),
	URL:              analysisutil.DocURL("directive"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{ignored.Analyzer},
	ResultType:       reflect.TypeFor[*Result](),
}

// Result holds the directives of a package's files, excluded files included.
type Result struct {
	Directives []policy.Directive
}

// Category is the Diagnostic.Category of the analyzer's reports.
const Category = "directive"

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	files := pass.Files
	for _, f := range pass.ResultOf[ignored.Analyzer].(*ignored.Result).Files {
		files = append(slices.Clip(files), f.Syntax)
	}
	for _, f := range files {
		res.Directives = append(res.Directives, check(pass, f)...)
	}
	return res, nil
}

func check(pass *analysis.Pass, f *ast.File) []policy.Directive {
	ds := policy.ParseDirectives(pass.Fset, f)
	tf := pass.Fset.File(f.FileStart)
	for _, d := range ds {
		if !d.Valid() {
			pass.Report(analysis.Diagnostic{Pos: tf.Pos(d.Pos.Offset), Category: Category, Message: d.Problem})
		}
	}
	return ds
}
