package match

import (
	"go/ast"
	"slices"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Declared is what a package declares itself, in all its files (those of
// the build, those it excludes, its test files when they are part of it):
// its types with their methods and struct fields, and the names of all
// its methods. A match by method name alone, without types, never claims
// one of them: a project's DetectFaces, declared on a fake in a _test.go
// file, is not Rekognition's. And a receiver whose declaration names one of
// the package's types is resolved through that type: s.client.DetectFaces,
// where s is a *Service whose client field is a *rekognition.Client, is
// Rekognition's.
//
// Methods of a local interface whose signature spells a catalogued type
// (DetectFaces(ctx, *rekognition.DetectFacesInput, ...)) are not counted
// among the names: the interface mirrors the SDK, and calls through it
// reach the SDK. A receiver of that interface's type resolves to the SDK's
// method of the name: s.api.DetectFaces, where api is such an interface, is
// Rekognition's, even in a package with a DetectFaces of its own.
type Declared struct {
	cat     *catalog.Catalog
	files   []*ast.File
	built   bool // the indexes below are built lazily: most packages never need them
	methods map[string]bool
	types   map[string]*localType
	imports map[*ast.File]*FileImports
}

// localType is a type the package declares (at package level or inside a
// function: types of one name are merged).
type localType struct {
	file     *ast.File
	methods  map[string]bool
	fields   map[string]ast.Expr // struct fields, embedded ones by their type's name
	embedded []ast.Expr
	// mirrors are the interface's methods whose signatures spell
	// catalogued packages' types, with those packages' imports.
	mirrors map[string][]*Import
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
	d.build()
	return d.methods[name]
}

func (d *Declared) build() {
	if d.built {
		return
	}
	d.built = true
	d.methods, d.types, d.imports = map[string]bool{}, map[string]*localType{}, map[*ast.File]*FileImports{}
	for _, f := range d.files {
		if f != nil {
			d.collect(f)
		}
	}
}

func (d *Declared) typ(name string, f *ast.File) *localType {
	t := d.types[name]
	if t == nil {
		t = &localType{file: f, methods: map[string]bool{}, fields: map[string]ast.Expr{}, mirrors: map[string][]*Import{}}
		d.types[name] = t
	}
	return t
}

func (d *Declared) collect(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Recv != nil {
				d.methods[n.Name.Name] = true
				if len(n.Recv.List) == 1 {
					if name := typeName(n.Recv.List[0].Type); name != "" {
						d.typ(name, f).methods[n.Name.Name] = true
					}
				}
			}
		case *ast.TypeSpec:
			t := d.typ(n.Name.Name, f)
			switch u := n.Type.(type) {
			case *ast.StructType:
				for _, field := range u.Fields.List {
					if len(field.Names) == 0 {
						t.embedded = append(t.embedded, field.Type)
						if name := typeName(field.Type); name != "" {
							t.fields[name] = field.Type
						}
					}
					for _, id := range field.Names {
						t.fields[id.Name] = field.Type
					}
				}
			case *ast.InterfaceType:
				for _, m := range u.Methods.List {
					if len(m.Names) == 0 {
						continue // an embedded interface
					}
					mirror := cataloguedIn(d.fileImports(f), m.Type)
					for _, name := range m.Names {
						t.methods[name.Name] = true
						if len(mirror) > 0 {
							t.mirrors[name.Name] = mirror
						} else {
							d.methods[name.Name] = true
						}
					}
				}
			}
		}
		return true
	})
}

// fileImports returns the catalogued imports of one of the files.
func (d *Declared) fileImports(f *ast.File) *FileImports {
	fi := d.imports[f]
	if fi == nil {
		fi = Imports(d.cat, f)
		d.imports[f] = fi
	}
	return fi
}

// typeName returns the name of a type spelled T, *T, T[X] or pkg.T, or "".
func typeName(e ast.Expr) string {
	switch t := baseType(e).(type) {
	case *ast.Ident:
		return t.Name
	case *ast.SelectorExpr:
		return t.Sel.Name
	}
	return ""
}

// baseType strips pointers, parentheses and type arguments from a type.
func baseType(e ast.Expr) ast.Expr {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		default:
			return e
		}
	}
}

// typeRef is a type as some file spells it: the file's imports resolve it.
type typeRef struct {
	expr ast.Expr
	fi   *FileImports
}

// memberOf is what member tells of a type's member.
type memberOf struct {
	symbol *catalog.Symbol // the catalogued member, or nil
	// known reports whether the type is known well enough to tell.
	known bool
	// mirror reports that symbol is the SDK's method that an interface of
	// the package mirrors.
	mirror bool
}

// member resolves member m of the type t: a catalogued type's (its
// catalogued member, or none), a standard-library type's (none), a type of
// the package's (the SDK's method for a method of an interface that
// mirrors it; none for its own other methods and fields; else what its
// embedded types resolve to).
func (d *Declared) member(t typeRef, m string, depth int) memberOf {
	if t.expr == nil || depth > 4 {
		return memberOf{}
	}
	switch x := baseType(t.expr).(type) {
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		if !ok {
			return memberOf{}
		}
		if t.fi.ByName(pkg.Name) != nil {
			return memberOf{symbol: t.fi.Selector(&ast.SelectorExpr{X: x, Sel: ast.NewIdent(m)}), known: true}
		}
		if IsStd(t.fi.Other(pkg.Name)) {
			return memberOf{known: true}
		}
	case *ast.Ident:
		if d == nil {
			return memberOf{}
		}
		d.build()
		lt := d.types[x.Name]
		if lt == nil {
			return memberOf{} // a predeclared type, or one of another package
		}
		if imps := lt.mirrors[m]; len(imps) > 0 {
			r := memberOf{known: true, mirror: true}
			for _, imp := range imps {
				if r.symbol = d.fileImports(lt.file).packageMethod(imp, m); r.symbol != nil {
					break
				}
			}
			return r
		}
		if lt.methods[m] || lt.fields[m] != nil {
			return memberOf{known: true} // the package's own
		}
		allKnown := true
		for _, emb := range lt.embedded {
			r := d.member(typeRef{emb, d.fileImports(lt.file)}, m, depth+1)
			if r.symbol != nil {
				return r // promoted from an embedded SDK type, or mirror
			}
			allKnown = allKnown && r.known
		}
		return memberOf{known: allKnown}
	}
	return memberOf{}
}

// cataloguedIn returns the catalogued imports whose types t mentions
// (pkg.T), in the order it first mentions them.
func cataloguedIn(fi *FileImports, t ast.Expr) []*Import {
	var found []*Import
	ast.Inspect(t, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				if imp := fi.ByName(id.Name); imp != nil && !slices.Contains(found, imp) {
					found = append(found, imp)
				}
			}
		}
		return true
	})
	return found
}
