package match

import (
	"go/ast"
	"go/token"
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
	// ByMethodName is set when the receiver's type is unknown and the use
	// was resolved by the method name among the file's catalogued imports.
	ByMethodName bool
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
			s, byName := syntaxSymbol(c, kind, fi, info)
			if s == nil {
				continue
			}
			use = Use{Node: node, Symbol: s, FromSyntax: info != nil, ByMethodName: byName}
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

// syntaxSymbol resolves the unresolved identifier at c through the file's
// imports; byName reports a method resolved by its name alone.
func syntaxSymbol(c inspector.Cursor, kind edge.Kind, fi *FileImports, info *types.Info) (s *catalog.Symbol, byName bool) {
	id := c.Node().(*ast.Ident)
	switch kind {
	case edge.SelectorExpr_Sel:
		sel := c.Parent().Node().(*ast.SelectorExpr)
		x, isIdent := ast.Unparen(sel.X).(*ast.Ident)
		if isIdent && info != nil {
			// Trust the import name only when the checker did not bind it to
			// something else (a local variable that shadows the package).
			if obj := info.Uses[x]; obj != nil {
				if _, isPkg := obj.(*types.PkgName); !isPkg {
					if s := methodByDeclaredType(c, fi, obj, sel); s != nil {
						return s, false
					}
					return methodByName(fi, info, sel)
				}
			}
		}
		if isIdent && fi.ByName(x.Name) != nil {
			return fi.Selector(sel), false
		}
		if s := fi.Selector(sel); s != nil {
			return s, false
		}
		return methodByName(fi, info, sel)
	case edge.SelectorExpr_X:
		return nil, false
	case edge.KeyValueExpr_Key:
		kv := c.Parent()
		if k, _ := kv.ParentEdge(); k == edge.CompositeLit_Elts {
			return fi.CompositeKey(kv.Parent().Node().(*ast.CompositeLit), id), false
		}
		return nil, false
	}
	return fi.Ident(id), false
}

// methodByName resolves x.M by the method name when the type of x is
// unknown: without type information, or where the type checker gave up.
func methodByName(fi *FileImports, info *types.Info, sel *ast.SelectorExpr) (*catalog.Symbol, bool) {
	if info != nil {
		if t := info.TypeOf(sel.X); t != nil && t != types.Typ[types.Invalid] {
			return nil, false
		}
	}
	s := fi.Method(sel.Sel.Name)
	return s, s != nil
}

// methodByDeclaredType resolves x.M where x is declared with a type the
// file spells pkg.T or *pkg.T (a parameter, a var declaration) and the
// type checker could not resolve pkg: x.M is then pkg.T.M.
func methodByDeclaredType(c inspector.Cursor, fi *FileImports, obj types.Object, sel *ast.SelectorExpr) *catalog.Symbol {
	v, ok := obj.(*types.Var)
	if !ok || !v.Pos().IsValid() {
		return nil
	}
	root := c
	for p := c.Parent(); p.Node() != nil; p = p.Parent() {
		root = p
	}
	decl, ok := root.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return nil
	}
	var typ ast.Expr
	switch n := decl.Parent().Node().(type) {
	case *ast.Field:
		typ = n.Type
	case *ast.ValueSpec:
		typ = n.Type
	}
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	t, ok := typ.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return fi.Selector(&ast.SelectorExpr{X: t, Sel: sel.Sel})
}
