package indirect

import (
	"fmt"
	"go/token"
	"go/types"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// A graph holds the package's function-like nodes and their references,
// each in source order, so that the solution is deterministic.
//
// Nodes are functions and methods (*types.Func), func-typed variables and
// struct fields (*types.Var, holding what is assigned to them), function
// literals (*ast.FuncLit) and interface methods (*types.Func, implemented
// by the concrete methods of the program).
type graph struct {
	nodes []*node
	byKey map[any]*node
}

type node struct {
	key  any // types.Object or *ast.FuncLit
	name string
	// export is the object the fact is exported on, nil for local variables
	// and function literals.
	export types.Object
	// all is set on interface methods: they are capable only when every
	// implementation is.
	all bool
	// holds is set on variables and fields: what they refer to is what
	// they hold.
	holds bool
	edges []edge
	index int
}

// An edge is one reference from a node: to a catalogued symbol (sym), to
// another node or to an imported object with a fact (to).
type edge struct {
	to   any
	sym  *catalog.Symbol
	use  *finding.Finding // the SDK use's finding, with its refined category
	verb string           // calls, refers to, holds, defines, is implemented by
	name string           // display name of the target
	pos  token.Pos
}

func newGraph() *graph { return &graph{byKey: map[any]*node{}} }

// node returns the node of key, creating it.
func (g *graph) node(key any, name string, export types.Object) *node {
	if n := g.byKey[key]; n != nil {
		return n
	}
	n := &node{key: key, name: name, export: export, index: len(g.nodes)}
	g.nodes = append(g.nodes, n)
	g.byKey[key] = n
	return n
}

// add adds e to n; references outside any node (n == nil) are dropped.
func (n *node) add(e edge) {
	if n != nil {
		n.edges = append(n.edges, e)
	}
}

// refVerb is how n refers to what it does not call.
func (n *node) refVerb() string {
	if n != nil && n.holds {
		return "holds"
	}
	return "refers to"
}

// origin maps instantiated generic functions, methods and fields to their
// declaration, where facts live.
func origin(obj types.Object) types.Object {
	switch x := obj.(type) {
	case *types.Func:
		return x.Origin()
	case *types.Var:
		return x.Origin()
	}
	return obj
}

// objName is how chains and messages name an object: pkg.F, pkg.T.M,
// pkg.V; fields are named by the caller, which knows their struct.
func objName(obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok {
		if recv := fn.Signature().Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if named, ok := types.Unalias(t).(*types.Named); ok {
				return qualified(obj.Pkg(), named.Obj().Name()+"."+fn.Name())
			}
			return qualified(obj.Pkg(), fn.Name())
		}
	}
	return qualified(obj.Pkg(), obj.Name())
}

func qualified(pkg *types.Package, name string) string {
	if pkg == nil {
		return name
	}
	return pkg.Name() + "." + name
}

// isInterfaceMethod reports whether fn is an abstract method.
func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// isFunc reports whether values of t are functions.
func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

func litName(owner string, i int) string { return fmt.Sprintf("%s.func%d", owner, i) }

// fieldNames names the fields of the package's named struct types
// pkg.T.F, the nodes that may hold function values.
func fieldNames(pkg *types.Package) map[*types.Var]string {
	names := map[*types.Var]string{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			if isFunc(f.Type()) {
				names[f] = qualified(pkg, name+"."+f.Name())
			}
		}
	}
	return names
}
