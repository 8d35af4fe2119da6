// Package valueflow finds the constant values an expression may hold, by a
// def-use walk inside the function that contains it. It is what lets an
// analyzer classify a call by what it requests: Rekognition DetectFaces
// with EMOTIONS is emotion recognition, without it face detection.
//
// What it follows:
//   - constants, typed or untyped, and constant expressions (the type
//     checker's values), string literals;
//   - local variables: every assignment to them in the enclosing function
//     (closures included), declarations without a value (the zero value);
//   - package-level variables: their initializer;
//   - composite literals of slices and arrays, append, conversions, & and *;
//   - struct fields of literals and of local struct variables, whether set
//     in the literal or assigned later (in.Attributes = ...);
//   - a few pass-through functions: aws.String, aws.StringSlice, path.Join,
//     filepath.Join, strings.Join, fmt.Sprint, fmt.Sprintf (their constant
//     arguments).
//
// Literal values are determined with or without type information: a
// literal nil, an empty slice or struct literal hold nothing (an empty,
// complete value set), so a call that passes them requests nothing.
// Without type information, variables are resolved by name (package
// syntaxvar).
//
// What it does not follow, and reports as undetermined with the reason:
// parameters, results of other calls, fields of values it did not see
// built, map and channel contents, values changed through pointers passed
// to other functions.
package valueflow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
	"github.com/biometriclint/biometriclint/analyzers/internal/syntaxvar"
)

// Values is what is known of the values an expression may hold.
type Values struct {
	Strings []string // the constant strings it may hold, in source order, without duplicates
	// Unknown says why some values could not be determined; empty when
	// Strings is complete.
	Unknown string
}

// Complete reports whether every value the expression may hold is known.
func (v Values) Complete() bool { return v.Unknown == "" }

func (v *Values) add(s string) {
	if slices.Contains(v.Strings, s) {
		return
	}
	v.Strings = append(v.Strings, s)
}

func (v *Values) merge(w Values) {
	for _, s := range w.Strings {
		v.add(s)
	}
	if v.Unknown == "" {
		v.Unknown = w.Unknown
	}
}

func unknown(format string, args ...any) Values { return Values{Unknown: fmt.Sprintf(format, args...)} }

// Flow evaluates expressions of one package.
type Flow struct {
	info  *types.Info
	files []*ast.File
	inits map[*types.Var]ast.Expr // package-level variable initializers, built lazily
	fresh func(info *types.Info, call *ast.CallExpr) bool
	// consts reads string constants with a bounded length.
	consts *strconst.Constants
	names  *syntaxvar.Resolver // without type information: variables by name
}

// New returns a Flow over the files of a type-checked package.
func New(info *types.Info, files []*ast.File) *Flow {
	return &Flow{info: info, files: files, consts: strconst.NewConstants(info, files)}
}

// Of returns the values expr may hold; fn is the declaration or literal of
// the function that contains expr (nil at package level).
func (f *Flow) Of(fn ast.Node, expr ast.Expr) Values {
	return f.eval(fn, expr, map[types.Object]bool{})
}

// FieldOf returns the values that field may hold in the struct expr denotes
// (a literal, a pointer to one, or a local variable holding either). A
// dotted field ("Body.Attributes") follows nested structs.
func (f *Flow) FieldOf(fn ast.Node, expr ast.Expr, field string) Values {
	seen := map[types.Object]bool{}
	outer, inner, nested := strings.Cut(field, ".")
	if !nested {
		return f.field(fn, expr, field, seen)
	}
	var out Values
	structs, why := f.fieldExprs(fn, expr, outer, seen)
	for _, e := range structs {
		out.merge(f.FieldOf(fn, e, inner))
	}
	if why != "" && out.Unknown == "" {
		out.Unknown = why
	}
	return out
}

// SetFresh sets the test of whether a call returns a new zero-valued struct:
// the request constructors of SDKs (Tencent's iai.NewDetectFaceRequest(),
// Alibaba's facebody.CreateRecognizeFaceRequest()), whose fields the caller
// then sets.
func (f *Flow) SetFresh(fresh func(info *types.Info, call *ast.CallExpr) bool) { f.fresh = fresh }

func (f *Flow) eval(fn ast.Node, e ast.Expr, seen map[types.Object]bool) Values {
	e = ast.Unparen(e)
	if f.info != nil {
		if tv, ok := f.info.Types[e]; ok && tv.Value != nil {
			if tv.Value.Kind() == constant.String {
				if s, ok := f.consts.String(e); ok {
					return Values{Strings: []string{s}}
				}
				return unknown("a string constant longer than %d bytes", strconst.MaxConstLen)
			}
			return Values{Strings: []string{tv.Value.ExactString()}}
		}
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			if s, err := strconv.Unquote(e.Value); err == nil {
				return Values{Strings: []string{s}}
			}
		}
		return Values{Strings: []string{e.Value}}
	case *ast.CompositeLit:
		var v Values
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			v.merge(f.eval(fn, elt, seen))
		}
		return v
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return f.eval(fn, e.X, seen)
		}
	case *ast.StarExpr:
		return f.eval(fn, e.X, seen)
	case *ast.CallExpr:
		return f.call(fn, e, seen)
	case *ast.Ident:
		return f.ident(fn, e, seen)
	case *ast.SelectorExpr:
		if f.info == nil {
			break // x.F without types: what x is cannot be known by name
		}
		if obj := f.use(e.Sel); obj != nil {
			if _, isVar := obj.(*types.Var); isVar && f.isField(e) {
				return f.field(fn, e.X, e.Sel.Name, seen)
			}
			if v, ok := obj.(*types.Var); ok {
				return f.global(v, seen)
			}
		}
		return unknown("%s", render(e))
	}
	return unknown("%s", render(e))
}

func (f *Flow) call(fn ast.Node, call *ast.CallExpr, seen map[types.Object]bool) Values {
	if f.info != nil {
		if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return f.eval(fn, call.Args[0], seen) // conversion
		}
	}
	name := calleeName(f.info, call)
	switch name {
	case "append":
		var v Values
		for _, a := range call.Args {
			v.merge(f.eval(fn, a, seen))
		}
		return v
	case "path.Join", "path/filepath.Join", "strings.Join", "fmt.Sprint", "fmt.Sprintf", "os.ReadFile", "os.Open", "io/ioutil.ReadFile":
		var v Values
		for _, a := range call.Args {
			v.merge(f.eval(fn, a, seen))
		}
		return v
	}
	if passThrough(f.info, call) {
		var v Values
		for _, a := range call.Args {
			v.merge(f.eval(fn, a, seen))
		}
		return v
	}
	if name == "" {
		name = render(call.Fun)
	}
	return unknown("the result of %s", name)
}

func (f *Flow) ident(fn ast.Node, id *ast.Ident, seen map[types.Object]bool) Values {
	if f.isNil(id) {
		return Values{} // nothing: a determined value, with or without types
	}
	obj := f.use(id)
	if obj == nil && f.info == nil && (id.Name == "true" || id.Name == "false") {
		return Values{Strings: []string{id.Name}} // as the checker spells the constant
	}
	v, ok := obj.(*types.Var)
	if !ok {
		if obj == nil && f.info == nil {
			return unknown("%s (no type information)", id.Name)
		}
		return unknown("%s", id.Name)
	}
	if seen[v] {
		return Values{}
	}
	seen[v] = true
	if !f.local(fn, v) {
		return f.global(v, seen)
	}
	if f.isParam(fn, v) {
		return unknown("the parameter %s", v.Name())
	}
	var out Values
	f.assignments(fn, v, func(rhs ast.Expr, zero bool) {
		if zero {
			return
		}
		out.merge(f.eval(fn, rhs, seen))
	})
	return out
}

// field evaluates field of the struct denoted by e.
func (f *Flow) field(fn ast.Node, e ast.Expr, field string, seen map[types.Object]bool) Values {
	exprs, why := f.fieldExprs(fn, e, field, seen)
	var out Values
	for _, x := range exprs {
		out.merge(f.eval(fn, x, seen))
	}
	if why != "" && out.Unknown == "" {
		out.Unknown = why
	}
	return out
}

// fieldExprs returns the expressions assigned to field of the struct
// denoted by e, and why some may be missing; none for a zero value.
func (f *Flow) fieldExprs(fn ast.Node, e ast.Expr, field string, seen map[types.Object]bool) ([]ast.Expr, string) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return f.fieldExprs(fn, x.X, field, seen)
		}
	case *ast.StarExpr:
		return f.fieldExprs(fn, x.X, field, seen)
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
					return []ast.Expr{kv.Value}, ""
				}
			}
		}
		return nil, "" // the zero value
	case *ast.CallExpr:
		if f.fresh != nil && f.fresh(f.info, x) {
			return nil, ""
		}
	case *ast.Ident:
		if f.isNil(x) {
			return nil, "" // a nil request: every field is its zero value
		}
		v, ok := f.use(x).(*types.Var)
		if !ok || !f.local(fn, v) || f.isParam(fn, v) {
			return nil, x.Name + "." + field
		}
		if seen[v] {
			return nil, ""
		}
		seen[v] = true
		defer delete(seen, v)
		var out []ast.Expr
		var why string
		f.assignments(fn, v, func(rhs ast.Expr, zero bool) {
			if zero {
				return
			}
			exprs, w := f.fieldExprs(fn, rhs, field, seen)
			out = append(out, exprs...)
			if why == "" {
				why = w
			}
		})
		// Later assignments to the field itself: v.F = ...
		ast.Inspect(fn, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, lhs := range as.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != field {
					continue
				}
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && f.use(id) == types.Object(v) && i < len(as.Rhs) {
					out = append(out, as.Rhs[i])
				}
			}
			return true
		})
		return out, why
	}
	return nil, render(e) + "." + field
}

// assignments calls yield with the right-hand side of every assignment to
// v in fn; zero is set for a declaration without a value.
func (f *Flow) assignments(fn ast.Node, v *types.Var, yield func(rhs ast.Expr, zero bool)) {
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok || f.def(id) != types.Object(v) {
					continue
				}
				switch {
				case len(n.Rhs) == len(n.Lhs):
					yield(n.Rhs[i], false)
				case i == 0:
					// data, err := os.ReadFile(name): the first result is
					// the call's value.
					yield(n.Rhs[0], false)
				default:
					yield(&ast.BadExpr{From: n.Pos(), To: n.End()}, false)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if f.def(id) != types.Object(v) {
					continue
				}
				if i < len(n.Values) {
					yield(n.Values[i], false)
				} else {
					yield(nil, true)
				}
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok && f.def(id) == types.Object(v) {
					yield(&ast.BadExpr{From: n.Pos(), To: n.End()}, false)
				}
			}
		}
		return true
	})
}

// global evaluates a package-level variable by its initializer.
func (f *Flow) global(v *types.Var, seen map[types.Object]bool) Values {
	if f.inits == nil {
		f.inits = map[*types.Var]ast.Expr{}
		for _, file := range f.files {
			for _, d := range file.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR && gd.Tok != token.CONST {
					continue // constants: for code without types
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, id := range vs.Names {
						if gv, ok := f.def(id).(*types.Var); ok && i < len(vs.Values) && len(vs.Values) == len(vs.Names) {
							f.inits[gv] = vs.Values[i]
						}
					}
				}
			}
		}
	}
	if init, ok := f.inits[v]; ok {
		return f.eval(nil, init, seen)
	}
	return unknown("%s", v.Name())
}

// resolve finds the variable id names without type information.
func (f *Flow) resolve(id *ast.Ident) types.Object {
	if f.names == nil {
		f.names = syntaxvar.New(f.files)
	}
	if v := f.names.Var(id); v != nil {
		return v
	}
	return nil
}

func (f *Flow) use(id *ast.Ident) types.Object {
	if f.info == nil {
		return f.resolve(id)
	}
	if obj := f.info.Uses[id]; obj != nil {
		return obj
	}
	return f.info.Defs[id]
}

func (f *Flow) def(id *ast.Ident) types.Object {
	if f.info == nil {
		return f.resolve(id)
	}
	if obj := f.info.Defs[id]; obj != nil {
		return obj
	}
	return f.info.Uses[id]
}

// isNil reports whether id is the predeclared nil. Without type
// information the name decides: nil is never redeclared in practice, and a
// literal nil must stay a determined value in a syntax-only audit.
func (f *Flow) isNil(id *ast.Ident) bool {
	obj := f.use(id)
	if obj == nil {
		return id.Name == "nil"
	}
	_, isNil := obj.(*types.Nil)
	return isNil
}

func (f *Flow) isField(sel *ast.SelectorExpr) bool {
	if f.info == nil {
		return false
	}
	s, ok := f.info.Selections[sel]
	return ok && s.Kind() == types.FieldVal
}

func (f *Flow) local(fn ast.Node, v *types.Var) bool {
	return fn != nil && fn.Pos() <= v.Pos() && v.Pos() < fn.End()
}

func (f *Flow) isParam(fn ast.Node, v *types.Var) bool {
	var ft *ast.FuncType
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		ft = fn.Type
		if fn.Recv != nil && fn.Recv.Pos() <= v.Pos() && v.Pos() < fn.Recv.End() {
			return true
		}
	case *ast.FuncLit:
		ft = fn.Type
	}
	// A parameter of fn or of a closure inside it.
	if ft != nil && ft.Pos() <= v.Pos() && v.Pos() < ft.End() {
		return true
	}
	isParam := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Type.Pos() <= v.Pos() && v.Pos() < lit.Type.End() {
			isParam = true
		}
		return !isParam
	})
	return isParam
}

// calleeName is "append", "pkg/path.Func" or "name.Func" (without types).
func calleeName(info *types.Info, call *ast.CallExpr) string {
	if info != nil {
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			if b, ok := info.Uses[fun].(*types.Builtin); ok {
				return b.Name()
			}
		case *ast.SelectorExpr:
			if fn, ok := info.Uses[fun.Sel].(*types.Func); ok && fn.Pkg() != nil {
				if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() == nil {
					return fn.Pkg().Path() + "." + fn.Name()
				}
			}
		}
		return ""
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if fun.Name == "append" {
			return "append"
		}
	case *ast.SelectorExpr:
		// Without types, the standard packages by their usual names, as
		// passThrough knows the SDKs' helpers.
		if id, ok := fun.X.(*ast.Ident); ok && stdByName[id.Name] != "" {
			return stdByName[id.Name] + "." + fun.Sel.Name
		}
	}
	return ""
}

var stdByName = map[string]string{"path": "path", "filepath": "path/filepath", "strings": "strings", "fmt": "fmt", "os": "os", "ioutil": "io/ioutil"}

func render(e ast.Expr) string {
	if _, ok := e.(*ast.BadExpr); ok {
		return "a value of a multi-value assignment or a range"
	}
	return types.ExprString(e)
}

// passThroughs are the helpers SDKs offer to take the address of a value
// or wrap it, by package name: their arguments are the values.
var passThroughs = map[string][]string{
	"aws":      {"String", "StringSlice", "Bool", "Int32", "Int64"},             // AWS SDK v1 and v2
	"common":   {"StringPtr", "StringPtrs", "BoolPtr", "Int64Ptr", "Uint64Ptr"}, // Tencent Cloud
	"tea":      {"String", "Bool", "StringSlice", "Int32"},                      // Alibaba Cloud (tea)
	"requests": {"NewBoolean", "NewString", "NewInteger"},                       // Alibaba Cloud (classic)
	"to":       {"StringPtr", "BoolPtr", "StringSlicePtr"},                      // Azure autorest
	"autorest": {"String"},
	"def":      {"NewMultiPart"}, // Huawei Cloud multipart fields
}

func passThrough(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkgName := ""
	if info != nil {
		if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() == nil {
				pkgName = fn.Pkg().Name()
			}
		}
	} else if id, ok := sel.X.(*ast.Ident); ok {
		pkgName = id.Name
	}
	return slices.Contains(passThroughs[pkgName], sel.Sel.Name)
}
