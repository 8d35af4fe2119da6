package indirect

import (
	"cmp"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// interfaces adds a node for every interface method the package calls
// whose implementations, among the concrete types of the package and of
// its dependencies, may be capable: the node is capable only when every
// implementation is (node.all).
func (b *builder) interfaces(objs *match.Objects, cat *catalog.Catalog) {
	if len(b.ifaces) == 0 {
		return
	}
	names := capableNames(b.pass, cat)
	done := map[*types.Func]bool{}
	var visible []*types.Package
	for {
		// The package's own methods can be capable only when it has a
		// source of capability, an interface node included: hence a
		// second round when the first one adds one.
		withLocal := b.hasSource()
		if withLocal {
			for _, n := range b.g.nodes {
				if fn, ok := n.key.(*types.Func); ok && fn.Signature().Recv() != nil {
					names[fn.Name()] = true
				}
			}
		}
		added := false
		for _, m := range b.ifaces {
			if done[m] || !names[m.Name()] {
				continue
			}
			done[m] = true
			if visible == nil {
				visible = dependencies(b.pass.Pkg)
			}
			if impls := implementations(m, visible); len(impls) > 0 {
				b.implemented(m, impls, objs)
				added = true
			}
		}
		if !added || withLocal {
			return
		}
	}
}

// implemented adds the node of interface method m, implemented by impls.
func (b *builder) implemented(m *types.Func, impls []*types.Func, objs *match.Objects) {
	n := b.g.node(m, objName(m), nil)
	n.all = true
	for _, impl := range impls {
		e := edge{to: impl, verb: verbImplemented, name: objName(impl), pos: impl.Pos()}
		switch sym := objs.Symbol(impl); {
		case sym != nil:
			if analysisutil.InEntryModule(b.pass, sym.Package.Entry) {
				e.to = nil // the SDK implements itself: not a capability
				break
			}
			use := sdksymbol.ThroughInterface(sym)
			e = edge{sym: sym, use: &use, verb: e.verb, name: use.Subject, pos: e.pos}
		case impl.Pkg() != b.pass.Pkg:
			if c := b.fact(impl); c != nil {
				e.name = c.Paths[0].Steps[0].From
			}
		}
		n.add(e)
	}
}

// capableNames are the names of the methods that can be capable
// whatever the package does: catalogued methods and capable methods of
// dependencies. An interface method of another name needs no search for
// implementations.
func capableNames(pass *analysis.Pass, cat *catalog.Catalog) map[string]bool {
	names := map[string]bool{}
	for _, p := range cat.Packages() {
		for _, s := range p.Symbols {
			if m := s.Member(); m != "" {
				names[m] = true
			}
		}
	}
	for _, f := range pass.AllObjectFacts() {
		if fn, ok := f.Object.(*types.Func); ok && fn.Signature().Recv() != nil {
			names[fn.Name()] = true
		}
	}
	return names
}

// hasSource reports whether the package refers to a catalogued symbol, to
// a capable object of another package or to an interface method with
// implementations: only then can its own methods be capable. Edges to
// anything else have no name.
func (b *builder) hasSource() bool {
	for _, n := range b.g.nodes {
		for _, e := range n.edges {
			if e.name != "" {
				return true
			}
		}
	}
	return false
}

// dependencies returns pkg and every package it imports, directly or not,
// sorted by path.
func dependencies(pkg *types.Package) []*types.Package {
	seen := map[*types.Package]bool{}
	var all []*types.Package
	var visit func(*types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		all = append(all, p)
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	slices.SortFunc(all, func(a, b *types.Package) int { return cmp.Compare(a.Path(), b.Path()) })
	return all
}

// implementations returns the concrete methods that implement m for the
// named types of pkgs that implement m's interface (by value or pointer),
// in a stable order, each once.
func implementations(m *types.Func, pkgs []*types.Package) []*types.Func {
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if iface == nil {
		return nil
	}
	var impls []*types.Func
	for _, p := range pkgs {
		for _, tn := range concreteTypes(p) {
			t := tn.Type()
			if !types.Implements(t, iface) && !types.Implements(types.NewPointer(t), iface) {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
			if fn, ok := obj.(*types.Func); ok && !isInterfaceMethod(fn) && !slices.Contains(impls, fn.Origin()) {
				impls = append(impls, fn.Origin())
			}
		}
	}
	return impls
}

// typesCache holds, per package, its named non-interface, non-generic types.
// Packages are shared by the passes of one run.
var typesCache sync.Map // *types.Package -> []*types.TypeName

func concreteTypes(p *types.Package) []*types.TypeName {
	if v, ok := typesCache.Load(p); ok {
		return v.([]*types.TypeName)
	}
	var tns []*types.TypeName
	scope := p.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if named, ok := tn.Type().(*types.Named); !ok || named.TypeParams().Len() > 0 {
			continue
		}
		tns = append(tns, tn)
	}
	typesCache.Store(p, tns)
	return tns
}

// verbImplemented is the verb of the step from an interface method to its
// implementation.
const verbImplemented = "is implemented by"
