package sdksymbol

import (
	_ "embed"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/ignored"
	"github.com/biometriclint/biometriclint/analyzers/internal/lazyinspect"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/internal/valueflow"
)

//go:embed doc.go
var doc string

// Analyzer reports uses of catalogued biometric symbols.
var Analyzer = &analysis.Analyzer{
	Name:             "sdksymbol",
	Doc:              analysisutil.MustExtractDoc(doc, "sdksymbol"),
	URL:              analysisutil.DocURL("sdksymbol"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{lazyinspect.Analyzer, ignored.Analyzer},
}

const (
	noteUnresolved = "resolved from the file's imports: the package or a dependency does not type-check"
	noteExcluded   = "resolved from the file's imports, in a file excluded by the build: "
	noteSyntaxOnly = "resolved from the file's imports, without type information"
)

func run(pass *analysis.Pass) (any, error) {
	cat := catalog.Default()
	objs := match.NewObjects(cat)
	excluded := pass.ResultOf[ignored.Analyzer].(*ignored.Result).Files
	// What the package declares, in every file of it, is never claimed by
	// a method name.
	files := slices.Clone(pass.Files)
	for _, f := range excluded {
		files = append(files, f.Syntax)
	}
	declared := match.DeclaredIn(cat, files...)
	if match.Reaches(cat, pass.Pkg, pass.Files) {
		checkFiles(pass, cat, objs, declared)
	}
	for _, f := range excluded {
		fi := match.Imports(cat, f.Syntax)
		if fi.Empty() {
			continue
		}
		fi.SetDeclared(declared)
		check(pass, cat, inspector.New([]*ast.File{f.Syntax}).Root(), fi, objs, nil, noteExcluded+f.Reason)
	}
	return nil, nil
}

// checkFiles checks the files of the build, with their type information.
func checkFiles(pass *analysis.Pass, cat *catalog.Catalog, objs *match.Objects, declared *match.Declared) {
	root := lazyinspect.Of(pass).Root()
	// Without type information (the syntax-only audit), every use is
	// resolved through the file's imports.
	note := noteUnresolved
	if pass.TypesInfo == nil {
		note = noteSyntaxOnly
	}
	for file := range root.Children() {
		f := file.Node().(*ast.File)
		fi := match.Imports(cat, f)
		fi.SetDeclared(declared)
		check(pass, cat, file, fi, objs, pass.TypesInfo, note)
	}
}

func check(pass *analysis.Pass, cat *catalog.Catalog, file inspector.Cursor, fi *match.FileImports, objs *match.Objects, info *types.Info, syntaxNote string) {
	var flow *valueflow.Flow
	match.Uses(file, fi, objs, info, func(u match.Use) {
		if analysisutil.InEntryModule(pass, u.Symbol.Package.Entry) {
			return
		}
		fd := finding.ForSymbol(u.Symbol)
		if u.FromSyntax || info == nil {
			fd.Note = syntaxNote
		}
		if u.ByMethodName {
			fd.Note += "; matched by method name, the receiver's type being unknown"
		}
		if len(u.Symbol.Refine) > 0 {
			if flow == nil {
				// A file the build excludes is not among pass.Files: its
				// own declarations count too.
				files := pass.Files
				if f := syntaxOf(file); f != nil && !slices.Contains(files, f) {
					files = append(slices.Clip(files), f)
				}
				flow = valueflow.New(info, files)
				flow.SetFresh(func(info *types.Info, call *ast.CallExpr) bool { return freshRequest(cat, info, call) })
			}
			if !refine(cat, flow, info, u, &fd) {
				return
			}
		}
		finding.Report(pass, u.Node, fd)
	})
}

// syntaxOf returns the file at cursor c, or the first file under it (the
// root of an inspector over one excluded file).
func syntaxOf(c inspector.Cursor) *ast.File {
	if f, ok := c.Node().(*ast.File); ok {
		return f
	}
	for child := range c.Children() {
		if f, ok := child.Node().(*ast.File); ok {
			return f
		}
	}
	return nil
}
