package match

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// The receiver x of x.M, when its type is unknown, read from the syntax:
// the declaration of the variable x (a parameter, var x T, x := T{},
// x := pkg.F(...)) tells what x is before any match by method name.

// spelled is what a variable's declaration says of its type.
type spelled struct {
	typ  ast.Expr          // the type, where the declaration spells one
	from *ast.SelectorExpr // or the function pkg.F whose result it holds
}

// declaration returns what the declaration of v says of its type: v is a
// variable of the type checker, or one syntaxvar found by name, positioned
// at its declaring identifier in the file at c.
func declaration(c inspector.Cursor, v *types.Var) spelled {
	if !v.Pos().IsValid() {
		return spelled{}
	}
	root := c
	for p := c.Parent(); p.Node() != nil; p = p.Parent() {
		root = p
	}
	decl, ok := root.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return spelled{}
	}
	id, _ := decl.Node().(*ast.Ident)
	switch n := decl.Parent().Node().(type) {
	case *ast.Field:
		return spelled{typ: n.Type}
	case *ast.ValueSpec:
		if n.Type != nil {
			return spelled{typ: n.Type}
		}
		if i := slices.Index(n.Names, id); i >= 0 && i < len(n.Values) {
			return valueType(n.Values[i])
		}
	case *ast.AssignStmt:
		i := slices.IndexFunc(n.Lhs, func(e ast.Expr) bool { return e == ast.Expr(id) })
		switch {
		case i >= 0 && len(n.Rhs) == len(n.Lhs):
			return valueType(n.Rhs[i])
		case i >= 0 && len(n.Rhs) == 1:
			// img, err := png.Decode(r): the call's package decides.
			return valueType(n.Rhs[0])
		}
	}
	return spelled{}
}

// recvType is what the syntax tells of a receiver: a value of the standard
// library, or of the type ref.
type recvType struct {
	ref typeRef
	std bool
}

// receiverType returns what the syntax tells of the type of x, the
// receiver of x.M: for a variable, the type its declaration spells (or a
// value of the standard library); for s.f, where s is of one of the
// package's struct types, the type of its field f. It reports false when
// the syntax does not tell.
func receiverType(c inspector.Cursor, fi *FileImports, info *types.Info, x ast.Expr, depth int) (recvType, bool) {
	switch x := ast.Unparen(x).(type) {
	case *ast.StarExpr:
		return receiverType(c, fi, info, x.X, depth)
	case *ast.Ident:
		var v *types.Var
		if info != nil && info.Uses[x] != nil {
			v, _ = info.Uses[x].(*types.Var)
		} else {
			v = fi.variable(x)
		}
		if v == nil {
			return recvType{}, false
		}
		sp := declaration(c, v)
		if fi.stdValue(sp) {
			return recvType{std: true}, true
		}
		if sp.typ == nil {
			return recvType{}, false
		}
		return recvType{ref: typeRef{sp.typ, fi}}, true
	case *ast.SelectorExpr:
		if depth > 4 {
			return recvType{}, false
		}
		base, ok := receiverType(c, fi, info, x.X, depth+1)
		if !ok || base.std {
			return recvType{}, false
		}
		d := fi.decls()
		d.build()
		name, local := localTypeName(base.ref.expr)
		lt := d.types[name]
		if !local || lt == nil || lt.fields[x.Sel.Name] == nil {
			return recvType{}, false
		}
		return recvType{ref: typeRef{lt.fields[x.Sel.Name], d.fileImports(lt.file)}}, true
	}
	return recvType{}, false
}

// localTypeName returns the name of a type spelled T or *T (a type of the
// package, if it declares one of that name).
func localTypeName(e ast.Expr) (string, bool) {
	id, ok := baseType(e).(*ast.Ident)
	if !ok {
		return "", false
	}
	return id.Name, true
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
