// Package load loads the packages of a typed run, from source only where
// an analyzer needs them.
//
// The floor of a typed run is go/packages' LoadSyntax: the packages the
// patterns match parsed and type-checked, their dependencies read from the
// export data the go command builds and caches. An analyzer with facts
// also runs on the dependencies, which the x/tools checker expects loaded
// from source (LoadAllSyntax): on an application with a few thousand
// dependency packages that costs ten times the floor's time and more in
// memory. Yet the only analyzer with facts, indirect, can give facts only
// to packages that import, directly or not, a catalogued package of
// another module than their own (indirect.Scope): usually none of the
// dependencies, sometimes a wrapper library and its importers.
//
// So Load reads the floor's LoadSyntax graph, asks indirect.Scope where
// facts can arise, and loads again with those dependencies added to the
// patterns (go/packages then loads them from source, with every package
// that imports them) only when there are some. The checker gets the
// packages with their imports cut down to those loaded from source where
// facts can arise: it runs the fact analyzer there and nowhere else.
//
// Why the floor's load first, and not a go list of the import graph alone
// before one typed load: that go list costs a quarter of the floor's CPU
// on a large application, on every run; the floor's own graph costs
// nothing more, and the second load happens only when a dependency outside
// the patterns wraps an SDK (docs/benchmarks.md, "Indirect analysis").
package load

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/indirect"
)

// Result is what Load loaded.
type Result struct {
	// Packages are the packages the patterns match, as go/packages
	// returns them, every dependency in Imports: what the report reads.
	Packages []*packages.Package
	// Graph is what checker.Analyze runs on: the same packages, in the
	// same order, whose Imports keep only the dependencies loaded from
	// source in which facts can arise (copies: Packages are unchanged).
	Graph []*packages.Package
	// Source are the dependencies in which facts can arise, by ID, sorted:
	// loaded from source and analysed for facts.
	Source []string
	// Mode names the strategy taken, for tests and -debug output:
	// "syntax" (no facts needed), "scoped" (one load), "scoped+reload"
	// (a second load with the dependencies where facts arise) or "all"
	// (every dependency from source).
	Mode string
	// Problems are the dependencies in which facts can arise but that
	// could not be loaded from source: a chain through them may be missed.
	Problems []Problem
}

// Problem is a dependency that is not analysed as a default run needs.
type Problem struct {
	Package string // ID
	Reason  string
}

// floor is the load mode of a run without facts: the packages the
// patterns match from source, their dependencies from export data.
const floor = packages.LoadSyntax | packages.NeedModule

// Load loads patterns with cfg (its Mode is set here) for analyzers,
// using cat (the catalog the analyzers use) to decide where facts arise.
func Load(cfg *packages.Config, analyzers []*analysis.Analyzer, cat *catalog.Catalog, patterns ...string) (*Result, error) {
	facts := factAnalyzers(analyzers)
	switch {
	case len(facts) == 0:
		pkgs, err := load(cfg, floor, patterns)
		if err != nil {
			return nil, err
		}
		return &Result{Packages: pkgs, Graph: pkgs, Mode: "syntax"}, nil
	case slices.ContainsFunc(facts, func(a *analysis.Analyzer) bool { return !isIndirect(a) }):
		// An analyzer whose facts we know nothing about: everything from
		// source, as the checker documents.
		return loadAll(cfg, patterns)
	}

	pkgs, err := load(cfg, floor, patterns)
	if err != nil {
		return nil, err
	}
	res := &Result{Mode: "scoped"}
	reach := scope(cat, pkgs)
	missing := sourceMissing(pkgs, reach)
	if len(missing) > 0 {
		if slices.ContainsFunc(patterns, isFilePattern) {
			// The go command takes either files or packages, not both.
			return loadAll(cfg, patterns)
		}
		roots := map[string]int{}
		for i, p := range pkgs {
			roots[p.ID] = i
		}
		extra := map[string]bool{}
		for _, p := range missing {
			extra[p.PkgPath] = true
		}
		// Nothing of the first load is used past this point (roots and
		// extra hold strings): the GC may free it during the second.
		all, err := load(cfg, floor, append(slices.Clone(patterns), slices.Sorted(maps.Keys(extra))...))
		if err != nil {
			return nil, err
		}
		// The roots of the first load, in its order; the added packages
		// (and, with tests, their test packages) are dependencies.
		pkgs = make([]*packages.Package, len(roots))
		for _, p := range all {
			if i, ok := roots[p.ID]; ok {
				pkgs[i] = p
			}
		}
		if slices.Contains(pkgs, nil) {
			return nil, fmt.Errorf("the second load of %s lost a package of the first", strings.Join(patterns, " "))
		}
		reach = scope(cat, pkgs)
		res.Problems = notFromSource(sourceMissing(pkgs, reach))
		res.Mode = "scoped+reload"
	}
	res.Packages = pkgs
	res.Graph, res.Source = prune(pkgs, reach)
	return res, nil
}

func load(cfg *packages.Config, mode packages.LoadMode, patterns []string) ([]*packages.Package, error) {
	c := *cfg
	c.Mode = mode
	pkgs, err := packages.Load(&c, patterns...)
	NameStdModule(pkgs)
	return pkgs, err
}

// stdModule is the module NameStdModule gives the standard library.
var stdModule = &packages.Module{Path: "std"}

// NameStdModule gives the standard library's packages among pkgs and
// their dependencies the module std, as an audit of GOROOT/src names it.
// The go command gives them none, and the checker then gives their passes
// an empty module, which the analyzers cannot tell from the module of a
// tree without a go.mod: they analysed the standard library, which they
// skip (match.StdPackage), when it was a root (a run on GOROOT/src). A
// package without a module is the standard library's when its path is
// not a file pattern's (command-line-arguments, which has none either),
// not of the cmd module, and its first element has no dot; in module
// mode, the only mode of a run, every other package has a module.
func NameStdModule(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		first, _, _ := strings.Cut(p.PkgPath, "/")
		if p.Module == nil && p.PkgPath != "command-line-arguments" && first != "cmd" && first != "" && !strings.Contains(first, ".") {
			p.Module = stdModule
		}
	})
}

// loadAll loads every dependency from source.
func loadAll(cfg *packages.Config, patterns []string) (*Result, error) {
	pkgs, err := load(cfg, packages.LoadAllSyntax|packages.NeedModule, patterns)
	if err != nil {
		return nil, err
	}
	return &Result{Packages: pkgs, Graph: pkgs, Mode: "all"}, nil
}

// isIndirect reports whether a is the indirect analyzer, or a copy of it
// bound to a run's configuration (config.Bind): the analyzer whose facts
// the scope rule knows.
func isIndirect(a *analysis.Analyzer) bool {
	return a == indirect.Analyzer || a.Name == indirect.Analyzer.Name && slices.Equal(a.FactTypes, indirect.Analyzer.FactTypes)
}

// factAnalyzers returns the analyzers, among analyzers and those they
// require, that use facts.
func factAnalyzers(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			out = append(out, a)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range analyzers {
		visit(a)
	}
	return out
}

// scope is indirect.Scope on the go/packages graph.
func scope(cat *catalog.Catalog, pkgs []*packages.Package) map[*packages.Package]bool {
	return indirect.Scope(cat, pkgs,
		func(p *packages.Package) string { return p.PkgPath },
		imports)
}

// imports returns p's imports, by import path.
func imports(p *packages.Package) []*packages.Package {
	out := make([]*packages.Package, 0, len(p.Imports))
	for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
		out = append(out, p.Imports[path])
	}
	return out
}

// fromSource reports whether go/packages type-checked p from source (a
// root, a package that imports one, or a package without export data).
func fromSource(p *packages.Package) bool { return p.TypesInfo != nil }

// sourceMissing returns the dependencies in which facts can arise that
// were not loaded from source, sorted by ID.
func sourceMissing(roots []*packages.Package, reach map[*packages.Package]bool) []*packages.Package {
	var out []*packages.Package
	packages.Visit(roots, nil, func(p *packages.Package) {
		if reach[p] && !fromSource(p) {
			out = append(out, p)
		}
	})
	slices.SortFunc(out, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// notFromSource names the packages in which facts can arise that the
// second load did not load from source either.
func notFromSource(pkgs []*packages.Package) []Problem {
	var out []Problem
	for _, p := range pkgs {
		out = append(out, Problem{Package: p.ID, Reason: "not loaded from source: calls through its functions to catalogued SDKs are not followed (indirect): " + firstError(p)})
	}
	return out
}

// isFilePattern reports whether a command-line pattern names a Go file.
func isFilePattern(p string) bool { return strings.HasSuffix(p, ".go") }

// firstError is p's first error, or a note that it has none.
func firstError(p *packages.Package) string {
	if len(p.Errors) > 0 {
		return p.Errors[0].Msg
	}
	return "go/packages read its export data"
}

// prune returns copies of roots whose Imports, and their imports', keep
// only the packages where facts can arise, loaded from source, and the IDs
// of those that are not roots.
func prune(roots []*packages.Package, reach map[*packages.Package]bool) ([]*packages.Package, []string) {
	isRoot := map[*packages.Package]bool{}
	for _, r := range roots {
		isRoot[r] = true
	}
	copies := map[*packages.Package]*packages.Package{}
	var source []string
	var cp func(p *packages.Package) *packages.Package
	cp = func(p *packages.Package) *packages.Package {
		if c, ok := copies[p]; ok {
			return c
		}
		c := new(packages.Package)
		*c = *p
		copies[p] = c
		if !isRoot[p] {
			source = append(source, p.ID)
		}
		c.Imports = map[string]*packages.Package{}
		for path, imp := range p.Imports {
			if reach[imp] && fromSource(imp) {
				c.Imports[path] = cp(imp)
			}
		}
		return c
	}
	graph := make([]*packages.Package, len(roots))
	for i, r := range roots {
		graph[i] = cp(r)
	}
	slices.Sort(source)
	return graph, source
}

// IsTestMain reports whether p is a test main package (p.test) that
// go/packages returns with Tests: its one file is generated into the build
// cache, not a file of the analysed tree, so it is not analysed (go vet and
// staticcheck leave it out too).
func IsTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ID == p.PkgPath
}
