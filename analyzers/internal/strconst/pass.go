package strconst

import (
	"go/ast"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
)

// File is a file of a package with its string expressions folded.
type File struct {
	Syntax *ast.File
	// Folder folds the file's other expressions: the package's files share
	// one with the type information, each excluded file has its own.
	Folder *Folder
	// Note says why the build excludes the file; empty for the package's files.
	Note string
	// Named is what Folder.Named returns for the whole file: the strings
	// that can name an address or a file. An analyzer that reads others
	// asks Folder.Strings for them.
	Named []String
}

// Result is what Analyzer returns: the package's files, then the files its
// build excludes.
type Result struct {
	Files []*File
}

// Analyzer folds the string expressions of a package's files, and of the
// files its build excludes, once for every analyzer that reads URLs and
// file names in them: one walk of each file instead of one per analyzer.
var Analyzer = &analysis.Analyzer{
	Name:             "strconst",
	Doc:              "folds the string expressions of every file once (internal to biometriclint)",
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{ignored.Analyzer},
	ResultType:       reflect.TypeFor[*Result](),
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if pass.Pkg != nil && match.StdPackage(pass.Pkg.Path(), pass.Module) {
		return res, nil // the standard library names no face API or model
	}
	fo := New(pass.TypesInfo, pass.Files)
	for _, f := range pass.Files {
		res.Files = append(res.Files, &File{Syntax: f, Folder: fo, Named: fo.Named(f, f)})
	}
	for _, f := range pass.ResultOf[ignored.Analyzer].(*ignored.Result).Files {
		if f.Syntax == nil {
			continue
		}
		xfo := New(nil, []*ast.File{f.Syntax})
		res.Files = append(res.Files, &File{
			Syntax: f.Syntax,
			Folder: xfo,
			Note:   "in a file excluded by the build: " + f.Reason,
			Named:  xfo.Named(f.Syntax, f.Syntax),
		})
	}
	return res, nil
}

// EachFile calls fn with each file of the pass (whose analyzer must
// require Analyzer), the package's files first.
func EachFile(pass *analysis.Pass, fn func(f *File)) {
	for _, f := range pass.ResultOf[Analyzer].(*Result).Files {
		fn(f)
	}
}
