package match

import (
	"go/ast"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Declared is what a package declares itself: the names of the methods of
// its own types, in all its files (those of the build, those it excludes,
// its test files when they are part of it). A match by method name alone,
// without types, never claims one of them: a project's DetectFaces,
// declared on a fake in a _test.go file, is not Rekognition's.
//
// Methods of a local interface whose signature spells a catalogued type
// (DetectFaces(ctx, *rekognition.DetectFacesInput, ...)) are not counted:
// the interface mirrors the SDK, and calls through it reach the SDK.
type Declared struct {
	cat     *catalog.Catalog
	files   []*ast.File
	methods map[string]bool // built lazily: most packages never need it
}

// DeclaredIn returns what files declare; nil files are skipped.
func DeclaredIn(cat *catalog.Catalog, files ...*ast.File) *Declared {
	return &Declared{cat: cat, files: files}
}

// Method reports whether the package declares a method called name.
func (d *Declared) Method(name string) bool {
	if d == nil {
		return false
	}
	if d.methods == nil {
		d.methods = map[string]bool{}
		for _, f := range d.files {
			if f != nil {
				d.collect(f)
			}
		}
	}
	return d.methods[name]
}

func (d *Declared) collect(f *ast.File) {
	var fi *FileImports // the declaring file's catalogued imports, for interfaces
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Recv != nil {
				d.methods[n.Name.Name] = true
			}
		case *ast.InterfaceType:
			for _, m := range n.Methods.List {
				if len(m.Names) == 0 {
					continue // an embedded interface
				}
				if fi == nil {
					fi = Imports(d.cat, f)
				}
				if spellsCatalogued(fi, m.Type) {
					continue
				}
				for _, name := range m.Names {
					d.methods[name.Name] = true
				}
			}
		}
		return true
	})
}

// spellsCatalogued reports whether t mentions a type of a package the file
// imports from the catalog (pkg.T).
func spellsCatalogued(fi *FileImports, t ast.Expr) bool {
	found := false
	ast.Inspect(t, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && fi.ByName(id.Name) != nil {
				found = true
			}
		}
		return !found
	})
	return found
}
