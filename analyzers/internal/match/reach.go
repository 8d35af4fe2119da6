package match

import (
	"go/ast"
	"go/types"
	"strconv"
	"sync"
)

// reachCache remembers, per type-checked package, whether it imports a
// catalogued package directly or indirectly. Packages are shared between
// passes of one run, so most lookups are hits.
var reachCache sync.Map // *types.Package -> bool

// Reaches reports whether code in pkg can use a catalogued symbol: whether
// pkg, or a file of it, imports a catalogued package directly or through its
// dependencies. catalogued tells the catalogued import paths
// (config.HasPackage). Analyzers return early when it does not.
func Reaches(catalogued func(path string) bool, pkg *types.Package, files []*ast.File) bool {
	for _, f := range files {
		for _, spec := range f.Imports {
			if path, err := strconv.Unquote(spec.Path.Value); err == nil && catalogued(ImportPath(path)) {
				return true
			}
		}
	}
	switch {
	case pkg == nil:
		return false
	case len(pkg.Imports()) == 0:
		// The audit's packages, which have no type information, and the
		// leaves of the import graph reach nothing but themselves; the
		// audit's many would only fill the cache.
		return catalogued(ImportPath(pkg.Path()))
	}
	return reaches(catalogued, pkg, map[*types.Package]bool{})
}

func reaches(catalogued func(string) bool, pkg *types.Package, visiting map[*types.Package]bool) bool {
	if v, ok := reachCache.Load(pkg); ok {
		return v.(bool)
	}
	if visiting[pkg] {
		return false
	}
	visiting[pkg] = true
	found := catalogued(ImportPath(pkg.Path()))
	for _, imp := range pkg.Imports() {
		if found {
			break
		}
		found = reaches(catalogued, imp, visiting)
	}
	reachCache.Store(pkg, found)
	return found
}
