package indirect

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
)

// report reports the references to other packages' capable objects, one
// diagnostic per category, with the chain as related information.
// References within the package are not reported: the direct use at the
// end of the chain is, by sdksymbol.
func report(pass *analysis.Pass, cat *catalog.Catalog, b *builder, sol *solution) {
	files := fileIndex(pass.Fset)
	for _, r := range b.refs {
		var c *Capability
		n := b.g.byKey[r.obj]
		if n != nil && n.all {
			c = sol.capability(n)
		} else if r.obj.Pkg() != pass.Pkg {
			c = b.fact(r.obj)
		}
		if c == nil {
			continue
		}
		for _, p := range c.Paths {
			if n != nil && n.all && !external(pass.Pkg, n, sol, p.Category) {
				continue
			}
			sym := cat.Symbol(p.SymbolPkg, p.Symbol)
			if sym == nil {
				continue // a fact from another catalog version: cannot happen within one run
			}
			finding.Report(pass, r.at, indirectFinding(sym, p, r.at.Pos(), files))
		}
	}
}

// external reports whether the implementation that interface method n
// leads to for category c is outside pkg.
func external(pkg *types.Package, n *node, sol *solution, c catalog.Category) bool {
	e := n.edges[sol.choice[n.index][categoryIndex(c)].edge]
	obj, _ := e.to.(types.Object)
	return e.sym != nil || obj != nil && obj.Pkg() != pkg
}

// indirectFinding words the use of symbol sym through path p, reported at pos.
func indirectFinding(sym *catalog.Symbol, p Path, pos token.Pos, files func(string) *token.File) finding.Finding {
	f := finding.ForSymbol(sym)
	info, _ := sym.Category.Info()
	last := p.Steps[len(p.Steps)-1]
	f.Subject = p.Steps[0].From
	f.What = fmt.Sprintf("performs %s via %s, which %s", strings.ToLower(info.Title), last.To, sym.What)
	f.Note = fmt.Sprintf("indirect use, %d %s down to the SDK; see related information", len(p.Steps), plural(len(p.Steps), "step"))
	for _, s := range p.Steps {
		msg := fmt.Sprintf("%s %s %s", s.From, s.Verb, s.To)
		at := stepPos(s.Pos, files)
		if !at.IsValid() { // the file is not in this run's file set (go vet)
			at, msg = pos, s.Pos.String()+": "+msg
		}
		f.Related = append(f.Related, analysis.RelatedInformation{Pos: at, End: at, Message: msg})
	}
	return f
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// fileIndex returns a lookup of the file set's files by name, built on
// first use: drivers that load dependencies from source share one file
// set between packages, so steps in other packages get real positions.
func fileIndex(fset *token.FileSet) func(string) *token.File {
	var byName map[string]*token.File
	return func(name string) *token.File {
		if byName == nil {
			byName = map[string]*token.File{}
			fset.Iterate(func(f *token.File) bool {
				byName[f.Name()] = f
				return true
			})
		}
		return byName[name]
	}
}

// stepPos converts p back to a token.Pos, or returns token.NoPos.
func stepPos(p Position, files func(string) *token.File) token.Pos {
	f := files(p.File)
	if f == nil || p.Line < 1 || p.Line > f.LineCount() {
		return token.NoPos
	}
	pos := f.LineStart(p.Line) + token.Pos(p.Col-1)
	if p.Col < 1 || int(pos-token.Pos(f.Base())) > f.Size() {
		return token.NoPos
	}
	return pos
}
