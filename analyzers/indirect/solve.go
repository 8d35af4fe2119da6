package indirect

import (
	"go/token"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// A solution gives each node, for each category, its shortest path down to
// a catalogued symbol: the length in steps and the edge it starts with.
type solution struct {
	g      *graph
	fset   *token.FileSet
	leaf   func(any) *Capability // facts of other packages' objects
	choice [][]choice            // by node index, by category index
	memo   map[*node]*Capability
}

type choice struct{ length, edge int } // length 0: not capable

// solve computes the shortest paths by synchronous rounds: each round
// derives every node's choices from the previous round's only, so the
// result does not depend on the order of the nodes. Ties go to the edge
// first in source order. Lengths only ever shrink and are bounded, so the
// rounds end, on cycles too: a cycle never makes a path shorter.
func (g *graph) solve(fset *token.FileSet, leaf func(any) *Capability) *solution {
	s := &solution{g: g, fset: fset, leaf: leaf, memo: map[*node]*Capability{}}
	s.choice = s.round(nil)
	for {
		next := s.round(s.choice)
		if equal(next, s.choice) {
			return s
		}
		s.choice = next
	}
}

func (s *solution) round(prev [][]choice) [][]choice {
	next := make([][]choice, len(s.g.nodes))
	for i, n := range s.g.nodes {
		row := make([]choice, len(catalog.Categories))
		next[i] = row
		if n.all && !s.allCapable(n, prev) {
			continue
		}
		for j, e := range n.edges {
			s.lengths(e, prev, func(c, l int) {
				if row[c].length == 0 || l+1 < row[c].length {
					row[c] = choice{l + 1, j}
				}
			})
		}
	}
	return next
}

// lengths yields the category indexes and path lengths the target of e
// has in prev.
func (s *solution) lengths(e edge, prev [][]choice, yield func(c, l int)) {
	switch {
	case e.sym != nil:
		// A chain that ends in the act (a call, a model load) is preferred
		// to one of the same length that ends in a type, a field or a
		// constructor: it counts one longer.
		penalty := 0
		if !e.use.Kind.Primary() {
			penalty = 1
		}
		yield(categoryIndex(e.use.Category), penalty)
	case e.to == nil:
	case s.g.byKey[e.to] != nil:
		if prev == nil {
			return
		}
		for c, ch := range prev[s.g.byKey[e.to].index] {
			if ch.length > 0 {
				yield(c, ch.length)
			}
		}
	default:
		if f := s.leaf(e.to); f != nil {
			for _, p := range f.Paths {
				yield(categoryIndex(p.Category), len(p.Steps))
			}
		}
	}
}

// allCapable reports whether every edge of n leads to a capability.
func (s *solution) allCapable(n *node, prev [][]choice) bool {
	for _, e := range n.edges {
		capable := false
		s.lengths(e, prev, func(int, int) { capable = true })
		if !capable {
			return false
		}
	}
	return len(n.edges) > 0
}

func equal(a, b [][]choice) bool {
	for i := range a {
		for c := range a[i] {
			if a[i][c] != b[i][c] {
				return false
			}
		}
	}
	return true
}

func categoryIndex(c catalog.Category) int {
	if i := c.Rank(); i < len(catalog.Categories) {
		return i
	}
	panic("indirect: unknown category " + string(c)) // the catalog loader validates categories
}

// capability materialises the paths of n, or returns nil.
func (s *solution) capability(n *node) *Capability {
	if c, ok := s.memo[n]; ok {
		return c
	}
	var c *Capability
	for ci, ch := range s.choice[n.index] {
		if ch.length == 0 {
			continue
		}
		if c == nil {
			c = &Capability{}
		}
		c.Paths = append(c.Paths, s.path(n, catalog.Categories[ci].Category, ch))
	}
	s.memo[n] = c
	return c
}

// path follows the choice of n for category cat. The target's path is
// one step shorter, so the recursion ends.
func (s *solution) path(n *node, cat catalog.Category, ch choice) Path {
	e := n.edges[ch.edge]
	step := Step{From: n.name, To: e.name, Verb: e.verb, Pos: position(s.fset.Position(e.pos))}
	if e.sym != nil {
		return Path{Category: cat, Certainty: e.use.Certainty, Decided: e.use.Decided, SymbolPkg: e.sym.Package.Path, Symbol: e.sym.Name, Steps: []Step{step}}
	}
	var rest *Path
	if t := s.g.byKey[e.to]; t != nil {
		step.To = t.name
		rest = s.capability(t).path(cat)
	} else {
		rest = s.leaf(e.to).path(cat)
	}
	return Path{Category: cat, Certainty: rest.Certainty, Decided: rest.Decided, SymbolPkg: rest.SymbolPkg, Symbol: rest.Symbol, Steps: append([]Step{step}, rest.Steps...)}
}
