package match

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Use is one use of a catalogued symbol.
type Use struct {
	Node   ast.Node // what to report: the selector pkg.F or x.M, or the identifier
	Symbol *catalog.Symbol
	// FromSyntax is set when the type checker could not resolve the use and
	// the file's imports did: the package or one of its dependencies does
	// not type-check (a missing C library, a missing module).
	FromSyntax bool
}

// Uses yields the uses of catalogued symbols in the file at cursor file, in
// source order. With info, uses are resolved by the type checker, and by
// the file's imports where it resolved nothing; without info (files the
// build excludes, the syntax-only audit), by the file's imports alone.
func Uses(file inspector.Cursor, fi *FileImports, objs *Objects, info *types.Info, yield func(Use)) {
	for c := range file.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		kind, _ := c.ParentEdge()
		var node ast.Node = id
		if kind == edge.SelectorExpr_Sel {
			node = c.Parent().Node()
		}
		if info != nil {
			obj := info.Uses[id]
			if s := objs.Symbol(obj); s != nil {
				yield(Use{Node: node, Symbol: s})
				continue
			}
			if obj != nil || info.Defs[id] != nil {
				continue
			}
		}
		if fi.Empty() {
			continue
		}
		if s := syntaxSymbol(c, kind, fi, info); s != nil {
			yield(Use{Node: node, Symbol: s, FromSyntax: info != nil})
		}
	}
}

// syntaxSymbol resolves the unresolved identifier at c through the file's imports.
func syntaxSymbol(c inspector.Cursor, kind edge.Kind, fi *FileImports, info *types.Info) *catalog.Symbol {
	id := c.Node().(*ast.Ident)
	switch kind {
	case edge.SelectorExpr_Sel:
		sel := c.Parent().Node().(*ast.SelectorExpr)
		if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info != nil {
			// Trust the import name only when the checker did not bind it to
			// something else (a local variable that shadows the package).
			if obj := info.Uses[x]; obj != nil {
				if _, isPkg := obj.(*types.PkgName); !isPkg {
					return nil
				}
			}
		}
		return fi.Selector(sel)
	case edge.SelectorExpr_X:
		return nil
	case edge.KeyValueExpr_Key:
		kv := c.Parent()
		if k, _ := kv.ParentEdge(); k == edge.CompositeLit_Elts {
			return fi.CompositeKey(kv.Parent().Node().(*ast.CompositeLit), id)
		}
		return nil
	}
	return fi.Ident(id)
}
