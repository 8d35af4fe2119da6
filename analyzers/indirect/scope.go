package indirect

import (
	"slices"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
)

// Scope reports, for every package of the import graph of roots, whether
// the analyzer may give facts to its objects: whether the package, or a
// package it imports directly or not, imports directly or not a catalogued
// package of a module other than its own. A capability starts at a use of
// a catalogued symbol, an SDK's use of its own API is none
// (analysisutil.InEntryModule), and it reaches a package only through what
// the package imports. Elsewhere the analyzer exports nothing, so drivers
// may read those packages from export data and not run it there.
//
// The graph is the go command's, known before type checking: path returns
// a package's import path and imports its direct imports (all of them, as
// go list lists them, not only those export data mentions).
func Scope[P comparable](cat *catalog.Catalog, roots []P, path func(P) string, imports func(P) []P) map[P]bool {
	s := &scope[P]{cat: cat, path: path, imports: imports, facts: map[P]bool{}, cats: map[P][]*catalog.Package{}}
	for _, r := range roots {
		s.visit(r)
	}
	return s.facts
}

type scope[P comparable] struct {
	cat     *catalog.Catalog
	path    func(P) string
	imports func(P) []P
	facts   map[P]bool
	// cats are the catalogued packages of a package's dependency closure,
	// itself included.
	cats map[P][]*catalog.Package
}

func (s *scope[P]) visit(p P) {
	if _, done := s.facts[p]; done {
		return
	}
	s.facts[p] = false // an import cycle ends here
	var cats []*catalog.Package
	add := func(c *catalog.Package) {
		if slices.Contains(cats, c) {
			return
		}
		cats = append(cats, c)
	}
	path := s.path(p)
	if c := s.cat.Package(match.ImportPath(path)); c != nil {
		add(c)
	}
	facts := false
	for _, imp := range s.imports(p) {
		s.visit(imp)
		facts = facts || s.facts[imp]
		for _, c := range s.cats[imp] {
			add(c)
		}
	}
	for _, c := range cats {
		if facts {
			break
		}
		facts = !analysisutil.PathInEntryModule(path, c.Entry)
	}
	s.facts[p], s.cats[p] = facts, cats
}
