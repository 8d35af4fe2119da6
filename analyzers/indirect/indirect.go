package indirect

import (
	_ "embed"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/lazyinspect"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
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
	Requires:         []*analysis.Analyzer{config.Analyzer, lazyinspect.Analyzer, sdksymbol.Uses},
	FactTypes:        []analysis.Fact{new(Capability)},
}

func run(pass *analysis.Pass) (any, error) {
	// A package that cannot reach a catalogued package has no capability:
	// most of a program's dependencies stop here, before the catalog is
	// built. Dependencies loaded from export data (go vet, golangci-lint's
	// fact cache) may not list the imports their function bodies use, so
	// their facts count too.
	if !match.Reaches(config.HasPackage(pass), pass.Pkg, pass.Files) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil
	}
	cat := config.Catalog(pass)
	b := newBuilder(pass)
	objs := match.NewObjects(cat)
	root := lazyinspect.Of(pass).Root()
	found := sdksymbol.ResultOf(pass).ByNode
	for file := range root.Children() {
		f := file.Node().(*ast.File)
		b.direct = map[*ast.Ident]sdkUse{}
		match.Uses(file, match.Imports(cat, f), objs, pass.TypesInfo, func(u match.Use) {
			d := sdkUse{u.Symbol, found[u.Node]}
			switch n := u.Node.(type) {
			case *ast.Ident:
				b.direct[n] = d
			case *ast.SelectorExpr:
				b.direct[n.Sel] = d
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
