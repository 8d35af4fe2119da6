package match

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The receiver x of x.M, when its type is unknown, read from the syntax:
// the declaration of a local variable x (a parameter, var x T, x := T{},
// x := pkg.F(...)) tells what x is before any match by method name.

// spelled is what a variable's declaration says of its type.
type spelled struct {
	typ  ast.Expr          // the type, where the declaration spells one
	from *ast.SelectorExpr // or the function pkg.F whose result it holds
}

// localDecl finds the declaration of a variable called name that the use
// at c can see, in the functions around c, from the syntax alone, and
// reports whether it found one. A declaration in a block before the use
// counts even if the block has ended: scopes are not tracked.
func localDecl(c inspector.Cursor, name string) (typ spelled, found bool) {
	use := c.Node().Pos()
	for enc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch fn := enc.Node().(type) {
		case *ast.FuncDecl:
			ft, body = fn.Type, fn.Body
			if t, ok := fieldType(fn.Recv, name); ok {
				return spelled{typ: t}, true
			}
		case *ast.FuncLit:
			ft, body = fn.Type, fn.Body
		}
		if t, ok := fieldType(ft.Params, name); ok {
			return spelled{typ: t}, true
		}
		if t, ok := fieldType(ft.Results, name); ok {
			return spelled{typ: t}, true
		}
		if body == nil {
			continue
		}
		ast.Inspect(body, func(n ast.Node) bool {
			if found || n == nil || n.Pos() >= use {
				return false
			}
			if lit, ok := n.(*ast.FuncLit); ok && !(lit.Pos() <= use && use < lit.End()) {
				return false // another closure's variables
			}
			typ, found = declares(n, name)
			return !found
		})
		if found {
			return typ, true
		}
	}
	return spelled{}, false
}

// declares reports whether n declares a variable called name, and the type
// its declaration spells.
func declares(n ast.Node, name string) (spelled, bool) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE {
			return spelled{}, false
		}
		for i, lhs := range n.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && id.Name == name {
				switch {
				case len(n.Rhs) == len(n.Lhs):
					return valueType(n.Rhs[i]), true
				case len(n.Rhs) == 1:
					// img, err := png.Decode(r): the call's package decides.
					return valueType(n.Rhs[0]), true
				}
				return spelled{}, true
			}
		}
	case *ast.ValueSpec:
		for i, id := range n.Names {
			if id.Name != name {
				continue
			}
			if n.Type != nil {
				return spelled{typ: n.Type}, true
			}
			if i < len(n.Values) {
				return valueType(n.Values[i]), true
			}
			return spelled{}, true
		}
	case *ast.RangeStmt:
		for _, x := range []ast.Expr{n.Key, n.Value} {
			if id, ok := x.(*ast.Ident); ok && id.Name == name && n.Tok == token.DEFINE {
				return spelled{}, true
			}
		}
	case *ast.TypeSwitchStmt:
		if as, ok := n.Assign.(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name == name {
				return spelled{}, true
			}
		}
	}
	return spelled{}, false
}

func fieldType(fields *ast.FieldList, name string) (ast.Expr, bool) {
	if fields == nil {
		return nil, false
	}
	for _, f := range fields.List {
		for _, id := range f.Names {
			if id.Name == name {
				return f.Type, true
			}
		}
	}
	return nil, false
}

// valueType is the type an initial value spells: T of T{}, &T{}, new(T),
// or the function pkg.F of a call pkg.F(...), whose package then tells
// what the value is.
func valueType(e ast.Expr) spelled {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return spelled{typ: e.Type}
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && id.Name == "new" && len(e.Args) == 1 {
			return spelled{typ: e.Args[0]}
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			if _, ok := sel.X.(*ast.Ident); ok {
				return spelled{from: sel}
			}
		}
	}
	return spelled{}
}

// stdValue reports whether a variable declared as sp is a value of the
// standard library: of a type spelled pkg.T or *pkg.T, or the result of a
// function pkg.F, where pkg is a standard-library package the file
// imports. Such a value has no method of a catalogued SDK. Generic helpers
// (slices, maps, cmp) return what they are given: their results are not
// counted.
func (fi *FileImports) stdValue(sp spelled) bool {
	typ := sp.typ
	isCall := sp.from != nil
	if isCall {
		typ = sp.from
	}
	for {
		switch t := typ.(type) {
		case *ast.StarExpr:
			typ = t.X
			continue
		case *ast.IndexExpr: // a generic type, pkg.T[X]
			typ = t.X
			continue
		}
		break
	}
	sel, ok := typ.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	path := fi.Other(pkg.Name)
	if !IsStd(path) {
		return false
	}
	if isCall && genericStd[path] {
		return false
	}
	return true
}

var genericStd = map[string]bool{"slices": true, "maps": true, "cmp": true, "iter": true, "sync/atomic": true}

// declaredType returns the type expression of the declaration of the
// variable obj, which the type checker knows but whose type it could not
// resolve (a parameter, a var declaration), from the syntax of the file at
// c; nil when the declaration spells none.
func declaredType(c inspector.Cursor, obj types.Object) ast.Expr {
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
	switch n := decl.Parent().Node().(type) {
	case *ast.Field:
		return n.Type
	case *ast.ValueSpec:
		return n.Type
	}
	return nil
}
