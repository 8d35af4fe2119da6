package indirect

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
)

// A builder walks the package's files once and builds its graph: every
// reference is attributed to its innermost owner, the function literal,
// the variable or field being assigned, or the declared function.
type builder struct {
	pass *analysis.Pass
	g    *graph
	// direct are the uses of catalogued symbols in the file being walked,
	// found by match.Uses, by identifier.
	direct map[*ast.Ident]sdkUse
	fields map[*types.Var]string
	// fn names the function declaration being walked, and lits counts its
	// function literals, which are named as the runtime does: pkg.F.func1.
	// Outside functions, literals are numbered per variable.
	fn   string
	lits map[string]int
	// refs are the references to other packages' capable objects and to
	// interface methods, in source order: the candidates for reports.
	refs     []ref
	ifaces   []*types.Func // interface methods referred to, in source order
	imported map[types.Object]*Capability
}

type ref struct {
	at  ast.Node
	obj types.Object
}

func newBuilder(pass *analysis.Pass) *builder {
	return &builder{
		pass:     pass,
		g:        newGraph(),
		fields:   fieldNames(pass.Pkg),
		lits:     map[string]int{},
		imported: map[types.Object]*Capability{},
	}
}

// fact returns the fact of an object of another package, or nil. Facts
// that do not hold together (a fact cache written by another version) are
// ignored.
func (b *builder) fact(obj types.Object) *Capability {
	c, ok := b.imported[obj]
	if !ok {
		c = new(Capability)
		if !b.pass.ImportObjectFact(obj, c) || !c.valid() {
			c = nil
		}
		b.imported[obj] = c
	}
	return c
}

func (b *builder) file(f *ast.File) {
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			fn, _ := b.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if fn == nil || d.Body == nil {
				continue
			}
			b.fn = objName(fn)
			b.walk(d.Body, b.g.node(fn, b.fn, fn))
		case *ast.GenDecl:
			b.fn = ""
			for _, spec := range d.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok {
					b.valueSpec(vs, nil)
				}
			}
		}
	}
}

// walk attributes the references under root to owner, which may be nil.
func (b *builder) walk(root ast.Node, owner *node) {
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			verb := "defines"
			if owner != nil && owner.holds {
				verb = "holds"
			}
			b.lit(n, owner, verb)
		case *ast.AssignStmt:
			b.assign(n.Lhs, n.Rhs, owner)
		case *ast.ValueSpec:
			b.valueSpec(n, owner)
		case *ast.CompositeLit:
			b.composite(n, owner)
		case *ast.CallExpr:
			b.ref(n.Fun, owner, "calls")
			for _, arg := range n.Args {
				b.walk(arg, owner)
			}
		case *ast.SelectorExpr, *ast.Ident:
			b.ref(n.(ast.Expr), owner, owner.refVerb())
		default:
			return true
		}
		return false
	})
}

// ref attributes the reference x (a callee or a value) to owner.
func (b *builder) ref(x ast.Expr, owner *node, verb string) {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		b.ident(x, x, owner, verb)
	case *ast.SelectorExpr:
		b.walk(x.X, owner)
		b.ident(x.Sel, x, owner, verb)
	case *ast.IndexExpr: // F[T]()
		b.ref(x.X, owner, verb)
		b.walk(x.Index, owner)
	case *ast.IndexListExpr:
		b.ref(x.X, owner, verb)
		for _, i := range x.Indices {
			b.walk(i, owner)
		}
	case *ast.FuncLit: // func() { ... }()
		b.lit(x, owner, verb)
	default:
		b.walk(x, owner)
	}
}

// ident records the reference id, reported as at, from owner.
func (b *builder) ident(id *ast.Ident, at ast.Node, owner *node, verb string) {
	if b.directUse(id, at, owner, verb) {
		return
	}
	obj := b.pass.TypesInfo.Uses[id]
	switch o := obj.(type) {
	case *types.Func:
	case *types.Var:
		if !isFunc(o.Type()) {
			return
		}
	default:
		return
	}
	obj = origin(obj)
	if obj.Pkg() == nil {
		return
	}
	e := edge{to: obj, verb: verb, pos: at.Pos()}
	switch {
	case isAbstract(obj):
		b.addInterface(obj.(*types.Func))
		b.refs = append(b.refs, ref{at, obj})
	case obj.Pkg() == b.pass.Pkg:
	default:
		c := b.fact(obj)
		if c == nil {
			return
		}
		e.name = c.Paths[0].Steps[0].From
		b.refs = append(b.refs, ref{at, obj})
	}
	owner.add(e)
}

// sdkUse is a use of a catalogued symbol and its finding; nil when the
// use is not one.
type sdkUse struct {
	sym *catalog.Symbol
	use *finding.Finding
}

// directUse records a use of a catalogued symbol, and reports whether id is one.
func (b *builder) directUse(id *ast.Ident, at ast.Node, owner *node, verb string) bool {
	u, ok := b.direct[id]
	if !ok {
		return false
	}
	// An SDK's use of its own API is not a capability of its functions,
	// nor is a use that is not a finding (a licence-plate cascade, a
	// loader of an unknown model).
	if u.use != nil && !analysisutil.InEntryModule(b.pass, u.sym.Package.Entry) {
		owner.add(edge{sym: u.sym, use: u.use, verb: verb, name: finding.ForSymbol(u.sym).Subject, pos: at.Pos()})
	}
	return true
}

func (b *builder) addInterface(m *types.Func) {
	if slices.Contains(b.ifaces, m) {
		return
	}
	b.ifaces = append(b.ifaces, m)
}

func isAbstract(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	return ok && isInterfaceMethod(fn)
}

// lit makes a function literal a node of its own, referred to by owner.
func (b *builder) lit(lit *ast.FuncLit, owner *node, verb string) {
	name := b.fn
	if name == "" && owner != nil {
		name = owner.name
	} else if name == "" {
		name = b.pass.Pkg.Name() + ".init"
	}
	b.lits[name]++
	n := b.g.node(lit, litName(name, b.lits[name]), nil)
	owner.add(edge{to: lit, verb: verb, pos: lit.Pos()})
	b.walk(lit.Body, n)
}

func (b *builder) assign(lhs, rhs []ast.Expr, owner *node) {
	if len(lhs) != len(rhs) { // a, b = f()
		for _, l := range lhs {
			b.target(l, owner)
		}
		for _, r := range rhs {
			b.walk(r, owner)
		}
		return
	}
	for i := range lhs {
		b.store(b.target(lhs[i], owner), rhs[i], owner)
	}
}

// store attributes the value x to the variable node v, or to owner when
// the value is not stored in a node.
func (b *builder) store(v *node, x ast.Expr, owner *node) {
	if v != nil {
		owner = v
	}
	b.walk(x, owner)
}

// target walks the left-hand side of an assignment and returns the node of
// the function-typed variable or field it assigns, if any.
func (b *builder) target(l ast.Expr, owner *node) *node {
	info := b.pass.TypesInfo
	switch l := ast.Unparen(l).(type) {
	case *ast.Ident:
		if b.directUse(l, l, owner, "sets") {
			return nil
		}
		obj := info.Defs[l]
		if obj == nil {
			obj = info.Uses[l]
		}
		v, _ := obj.(*types.Var)
		return b.varNode(v, owner)
	case *ast.SelectorExpr:
		b.walk(l.X, owner)
		if b.directUse(l.Sel, l, owner, "sets") {
			return nil
		}
		v, _ := info.Uses[l.Sel].(*types.Var)
		return b.varNode(v, owner)
	}
	b.walk(l, owner)
	return nil
}

func (b *builder) valueSpec(vs *ast.ValueSpec, owner *node) {
	if len(vs.Names) != len(vs.Values) {
		for _, x := range vs.Values {
			b.walk(x, owner)
		}
		return
	}
	for i, name := range vs.Names {
		v, _ := b.pass.TypesInfo.Defs[name].(*types.Var)
		b.store(b.varNode(v, owner), vs.Values[i], owner)
	}
}

// composite attributes the values of a struct literal's function-typed
// fields to the fields.
func (b *builder) composite(lit *ast.CompositeLit, owner *node) {
	var st *types.Struct
	if t := b.pass.TypesInfo.TypeOf(lit); t != nil {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, _ = t.Underlying().(*types.Struct)
	}
	for i, elt := range lit.Elts {
		kv, keyed := elt.(*ast.KeyValueExpr)
		if st == nil {
			b.walk(elt, owner)
			continue
		}
		var field *types.Var
		if keyed {
			if key, ok := kv.Key.(*ast.Ident); ok {
				if b.directUse(key, key, owner, "sets") {
					b.walk(kv.Value, owner)
					continue
				}
				field, _ = b.pass.TypesInfo.Uses[key].(*types.Var)
			}
			elt = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		b.store(b.varNode(field, owner), elt, owner)
	}
}

// varNode returns the node of a function-typed variable or field of this
// package, or nil.
func (b *builder) varNode(v *types.Var, owner *node) *node {
	if v == nil || !isFunc(v.Type()) {
		return nil
	}
	v = v.Origin()
	if v.Pkg() != b.pass.Pkg {
		return nil
	}
	var n *node
	switch {
	case v.IsField():
		name, ok := b.fields[v]
		if !ok {
			return nil // a field of an unnamed or local struct type
		}
		n = b.g.node(v, name, v)
	case v.Parent() == b.pass.Pkg.Scope():
		n = b.g.node(v, objName(v), v)
	default:
		name := v.Name()
		if owner != nil {
			name = owner.name + "." + name
		}
		n = b.g.node(v, name, nil)
	}
	n.holds = true
	return n
}
