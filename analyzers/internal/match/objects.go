// Package match finds catalogued packages and symbols in Go code. It is the
// one place that decides what matches, shared by every analyzer and by the
// syntax-only audit: type-checked objects are matched through Objects, and
// code whose types are missing or broken through a file's imports (Imports).
package match

import (
	"go/types"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Objects resolves type-checked objects to catalogued symbols. The mapping
// from catalog names to objects is built lazily, once per imported package,
// so that the per-identifier cost is a map lookup.
type Objects struct {
	cat   *catalog.Catalog
	byPkg map[*types.Package]map[types.Object]*catalog.Symbol
}

// NewObjects returns an empty resolver. It is not safe for concurrent use:
// create one per pass.
func NewObjects(cat *catalog.Catalog) *Objects {
	return &Objects{cat: cat, byPkg: map[*types.Package]map[types.Object]*catalog.Symbol{}}
}

// Symbol returns the catalogued symbol that obj is, or nil. Instantiated
// generic functions, methods and fields map to their origin.
func (o *Objects) Symbol(obj types.Object) *catalog.Symbol {
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	switch x := obj.(type) {
	case *types.Func:
		obj = x.Origin()
	case *types.Var:
		obj = x.Origin()
	case *types.PkgName:
		return nil
	}
	pkg := obj.Pkg()
	m, ok := o.byPkg[pkg]
	if !ok {
		m = o.resolve(pkg)
		o.byPkg[pkg] = m
	}
	return m[obj]
}

func (o *Objects) resolve(pkg *types.Package) map[types.Object]*catalog.Symbol {
	cp := o.cat.Package(ImportPath(pkg.Path()))
	if cp == nil {
		return nil
	}
	m := make(map[types.Object]*catalog.Symbol, len(cp.Symbols))
	for _, s := range cp.Symbols {
		if obj := LookupSymbol(pkg, s.Name); obj != nil {
			m[obj] = s
		}
	}
	return m
}

// LookupSymbol finds the object named by a catalog symbol name ("F" or
// "T.M") in pkg, or returns nil. Methods are found on T and *T, fields and
// methods promoted through embedding too.
func LookupSymbol(pkg *types.Package, name string) types.Object {
	typ, member, dotted := strings.Cut(name, ".")
	obj := pkg.Scope().Lookup(typ)
	if !dotted || obj == nil {
		return obj
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil
	}
	found, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, member)
	return found
}

// ImportPath strips a vendor directory prefix ("example.com/app/vendor/x/y"
// is "x/y"), so that vendored copies of an SDK match the catalog.
func ImportPath(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(path, "vendor/")
}
