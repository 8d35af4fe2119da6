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
	// ByMethodName is set when the receiver's type is unknown and the use
	// was resolved by the method name among the file's catalogued imports.
	ByMethodName bool
	// ByMirror is set when the receiver is of an interface of the package
	// whose method spells the SDK's types: the call reaches the SDK's
	// method, or a fake of it.
	ByMirror bool
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
			s, by := syntaxSymbol(c, kind, fi, info)
			if s == nil {
				continue
			}
			use = Use{Node: node, Symbol: s, FromSyntax: info != nil, ByMethodName: by == byMethodName, ByMirror: by == byMirror}
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

// resolvedBy tells how the syntax resolved a use.
type resolvedBy uint8

const (
	byImports    resolvedBy = iota // the file's imports, and the declarations of the package
	byMethodName                   // the method's name alone, the receiver's type being unknown
	byMirror                       // an interface of the package that mirrors the SDK's method
)

// syntaxSymbol resolves the unresolved identifier at c through the file's
// imports, and says how.
func syntaxSymbol(c inspector.Cursor, kind edge.Kind, fi *FileImports, info *types.Info) (*catalog.Symbol, resolvedBy) {
	id := c.Node().(*ast.Ident)
	switch kind {
	case edge.SelectorExpr_Sel:
		sel := c.Parent().Node().(*ast.SelectorExpr)
		x, isIdent := ast.Unparen(sel.X).(*ast.Ident)
		if !isIdent {
			if s := fi.Selector(sel); s != nil { // pkg.Type.Method
				return s, byImports
			}
			return byReceiver(c, fi, info, sel)
		}
		var obj types.Object
		if info != nil {
			obj = info.Uses[x]
		}
		switch obj := obj.(type) {
		case *types.PkgName:
			// Trust the import name: the checker bound it to the package.
			// pkg.F of a package the catalog does not know is no method,
			// even when the package could not be loaded.
			if fi.ByName(x.Name) == nil && !fi.Catalogued(obj.Imported().Path()) {
				return nil, byImports
			}
		case nil:
			// Without types, x is a package the file imports unless a
			// variable of that name (syntaxvar) shadows it. Look for one
			// only when x.M could be claimed by name, not for every
			// selector.
			if fi.ByName(x.Name) != nil || fi.anyMethod(sel.Sel.Name) == nil {
				break
			}
			if v := fi.variable(x); v != nil {
				return byReceiver(c, fi, info, sel)
			}
		case *types.Var:
			// A variable the checker knows (and which shadows any package of
			// that name) whose type it could not resolve.
			return byReceiver(c, fi, info, sel)
		default:
			return methodByName(fi, info, sel)
		}
		if fi.ByName(x.Name) != nil {
			return fi.Selector(sel), byImports
		}
		if s := fi.Selector(sel); s != nil { // a dot-imported Type.Member
			return s, byImports
		}
		if fi.Other(x.Name) != "" {
			return nil, byImports // pkg.F of a package the catalog does not know is no method
		}
		return methodByName(fi, info, sel)
	case edge.SelectorExpr_X:
		return nil, byImports
	case edge.KeyValueExpr_Key:
		kv := c.Parent()
		if k, _ := kv.ParentEdge(); k == edge.CompositeLit_Elts {
			return fi.CompositeKey(kv.Parent().Node().(*ast.CompositeLit), id), byImports
		}
		return nil, byImports
	}
	return fi.Ident(id), byImports
}

// methodByName resolves x.M by the method name when the type of x is
// unknown: without type information, or where the type checker gave up.
func methodByName(fi *FileImports, info *types.Info, sel *ast.SelectorExpr) (*catalog.Symbol, resolvedBy) {
	if info != nil {
		if t := info.TypeOf(sel.X); t != nil && t != types.Typ[types.Invalid] {
			return nil, byImports
		}
	}
	return fi.Method(sel.Sel.Name), byMethodName
}

// byReceiver resolves x.M by what the syntax tells of x (see
// receiverType): a catalogued type's member, nothing for a
// standard-library value or the package's own method or field; else by the
// method name.
func byReceiver(c inspector.Cursor, fi *FileImports, info *types.Info, sel *ast.SelectorExpr) (*catalog.Symbol, resolvedBy) {
	if fi.anyMethod(sel.Sel.Name) == nil {
		return nil, byImports // no catalogued member of that name: nothing to resolve
	}
	if t, ok := receiverType(c, fi, info, sel.X, 0); ok {
		if t.std {
			return nil, byImports
		}
		if m := fi.decls().member(t.ref, sel.Sel.Name, 0); m.known {
			if m.mirror {
				return m.symbol, byMirror
			}
			return m.symbol, byImports
		}
	}
	return methodByName(fi, info, sel)
}
