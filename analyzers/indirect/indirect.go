package indirect

import (
	_ "embed"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/lazyinspect"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
)

//go:embed doc.go
var doc string

// Analyzer reports calls of other packages' functions that reach
// catalogued biometric symbols.
var Analyzer = &analysis.Analyzer{
	Name:             "indirect",
	Doc:              analysisutil.MustExtractDoc(doc, "indirect"),
	URL:              analysisutil.DocURL("indirect"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{lazyinspect.Analyzer},
	FactTypes:        []analysis.Fact{new(Capability)},
}

func run(pass *analysis.Pass) (any, error) {
	cat := catalog.Default()
	// A package that cannot reach a catalogued package has no capability:
	// most of a program's dependencies stop here. Dependencies loaded from
	// export data (go vet, golangci-lint's fact cache) may not list the
	// imports their function bodies use, so their facts count too.
	if !match.Reaches(cat, pass.Pkg, pass.Files) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil
	}
	b := newBuilder(pass)
	objs := match.NewObjects(cat)
	root := lazyinspect.Of(pass).Root()
	for file := range root.Children() {
		f := file.Node().(*ast.File)
		b.direct = map[*ast.Ident]*catalog.Symbol{}
		match.Uses(file, match.Imports(cat, f), objs, pass.TypesInfo, func(u match.Use) {
			switch n := u.Node.(type) {
			case *ast.Ident:
				b.direct[n] = u.Symbol
			case *ast.SelectorExpr:
				b.direct[n.Sel] = u.Symbol
			}
		})
		b.file(f)
	}
	b.interfaces(objs, cat)
	sol := b.g.solve(pass.Fset, func(key any) *Capability {
		if obj, ok := key.(types.Object); ok && obj.Pkg() != pass.Pkg {
			return b.fact(obj)
		}
		return nil
	})
	for _, n := range b.g.nodes {
		if c := sol.capability(n); c != nil && n.export != nil {
			pass.ExportObjectFact(n.export, c)
		}
	}
	report(pass, cat, b, sol)
	return nil, nil
}
