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
	// Call is the call whose function this use is, if it is one.
	Call *ast.CallExpr
	// Func is the outermost function declaration or literal that contains
	// the use (nil at package level): the scope of a def-use walk.
	Func ast.Node
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
		var use Use
		if info != nil {
			obj := info.Uses[id]
			if s := objs.Symbol(obj); s != nil {
				use = Use{Node: node, Symbol: s}
			} else if obj != nil || info.Defs[id] != nil {
				continue
			}
		}
		if use.Symbol == nil {
			if fi.Empty() {
				continue
			}
			s := syntaxSymbol(c, kind, fi, info)
			if s == nil {
				continue
			}
			use = Use{Node: node, Symbol: s, FromSyntax: info != nil}
		}
		use.Call, use.Func = context(c, kind)
		yield(use)
	}
}

// context returns the call that the identifier at c is the function of,
// and the outermost function around it.
func context(c inspector.Cursor, kind edge.Kind) (*ast.CallExpr, ast.Node) {
	fun := c
	if kind == edge.SelectorExpr_Sel {
		fun = c.Parent()
	}
	for k := fun.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.IndexListExpr_X || k == edge.ParenExpr_X; k = fun.ParentEdgeKind() {
		fun = fun.Parent() // generic instantiation, parentheses
	}
	var call *ast.CallExpr
	if fun.ParentEdgeKind() == edge.CallExpr_Fun {
		call = fun.Parent().Node().(*ast.CallExpr)
	}
	var fn ast.Node
	for enc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = enc.Node()
	}
	return call, fn
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
