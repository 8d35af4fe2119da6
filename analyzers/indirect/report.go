package indirect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/analyzers/internal/lazyinspect"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// report reports the references to other packages' capable objects: one
// finding per reference, of the most restricted category the object
// reaches, with the certainty of the SDK use at the end of that chain and
// the chain as related information. References within the package are
// not reported: the direct use at the end of the chain is, by sdksymbol.
func report(pass *analysis.Pass, cat *catalog.Catalog, b *builder, sol *solution) {
	files, disk := fileIndex(pass.Fset), diskFiles(pass.Fset)
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
		// Paths come most restricted first.
		for _, p := range c.Paths {
			if n != nil && n.all && !external(pass.Pkg, n, sol, p.Category) {
				continue
			}
			sym := cat.Symbol(p.SymbolPkg, p.Symbol)
			if sym == nil {
				break // a fact from another catalog version: cannot happen within one run
			}
			if len(p.Steps) == 1 && p.Steps[0].Verb == verbImplemented && len(sym.Refine) > 0 {
				// A call of an interface whose only implementation is the
				// SDK's method: refined by what the call requests, as a
				// direct call is.
				if call, fn := callAt(pass, r.at); call != nil {
					direct, ok := sdksymbol.RefineCall(pass, sym, r.at, call, fn)
					if !ok {
						break // what it requests is not biometric
					}
					p.Category, p.Certainty, p.Decided = direct.Category, direct.Certainty, direct.Decided
				}
			}
			f, related := indirectFinding(sym, p, r.at.Pos(), files, disk)
			emit.Finding(pass, r.at, f, related...)
			break
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

// indirectFinding words the use of symbol sym through path p, reported at
// pos, and the chain as related information.
func indirectFinding(sym *catalog.Symbol, p Path, pos token.Pos, files, disk func(string) *token.File) (finding.Finding, []analysis.RelatedInformation) {
	f := finding.ForSymbol(sym)
	f.Kind = finding.Indirect
	f.SetCategory(p.Category, p.Certainty, p.Decided)
	info, _ := p.Category.Info()
	last := p.Steps[len(p.Steps)-1]
	f.Subject = p.Steps[0].From
	f.What = fmt.Sprintf("performs %s via %s, which %s", strings.ToLower(info.Title), last.To, sym.What)
	var related []analysis.RelatedInformation
	for _, s := range p.Steps {
		step := finding.Step{From: s.From, Verb: s.Verb, To: s.To, Pos: token.Position{Filename: s.Pos.File, Line: s.Pos.Line, Column: s.Pos.Col}}
		f.Chain = append(f.Chain, step)
		msg := step.Line()
		at := stepPos(s.Pos, files)
		if !at.IsValid() {
			at = stepPos(s.Pos, disk)
		}
		if !at.IsValid() { // the file could not be read
			at, msg = pos, s.Pos.String()+": "+msg
		}
		related = append(related, analysis.RelatedInformation{Pos: at, End: at, Message: msg})
	}
	return f, related
}

// fileIndex returns a lookup of the file set's files by name, built on
// first use: drivers that load dependencies from source share one file
// set between packages, so steps in other packages get real positions.
// A driver that loads dependencies from export data (go vet) has no file
// of theirs: the step's file is then added to the file set, its lines
// read from disk, so that the step is shown at its own line.
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

// diskFiles returns a lookup that adds a file read from disk to the file
// set, once: export data gives a dependency's files only the lines its
// declarations need (go vet), so a step elsewhere in the file would have
// no position.
func diskFiles(fset *token.FileSet) func(string) *token.File {
	read := map[string]*token.File{}
	return func(name string) *token.File {
		f, ok := read[name]
		if !ok {
			if data, err := os.ReadFile(name); err == nil {
				f = fset.AddFile(name, -1, len(data))
				f.SetLinesForContent(data)
			}
			read[name] = f
		}
		return f
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
	// Export data's stand-in files have a line table but not the lines'
	// lengths: a position that does not come back as the same line and
	// column is not the step's.
	if back := f.Position(pos); back.Line != p.Line || back.Column != p.Col {
		return token.NoPos
	}
	return pos
}

// callAt returns the call whose function is the reference at, and the
// outermost function around it; nil when at is not called there.
func callAt(pass *analysis.Pass, at ast.Node) (*ast.CallExpr, ast.Node) {
	cur, ok := lazyinspect.Of(pass).Root().FindNode(at)
	if !ok {
		return nil, nil
	}
	var call *ast.CallExpr
	if c, ok := cur.Parent().Node().(*ast.CallExpr); ok && c.Fun == at {
		call = c
	}
	var fn ast.Node
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = enc.Node()
	}
	return call, fn
}
