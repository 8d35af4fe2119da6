package match

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/syntaxvar"
)

// Import is an import of a catalogued package by one file.
type Import struct {
	Spec    *ast.ImportSpec
	Path    string // as written, vendor prefix removed
	Name    string // the name the file refers to it by; "." and "_" included
	Package *catalog.Package
}

// FileImports are the catalogued packages a file imports, by the names it
// uses for them.
type FileImports struct {
	cat    *catalog.Catalog
	All    []Import           // in source order
	byName map[string]*Import // named and default-named imports
	dot    []*Import          // dot imports
	// others are the file's imports the catalog does not know, by the
	// name the file refers to them by (guessed from the path when unnamed),
	// built from unknown on first use: most files never ask.
	others  map[string]string
	unknown []unknownImport

	declared *Declared // what the file's package declares itself; the file alone by default
	vars     *syntaxvar.Resolver

	file    *ast.File
	methods map[string]*catalog.Symbol // catalogued methods of the imported packages by name, built lazily
}

// Imports returns the catalogued imports of f.
func Imports(cat *catalog.Catalog, f *ast.File) *FileImports {
	fi := &FileImports{cat: cat, file: f}
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		path = ImportPath(path)
		p := cat.Package(path)
		if p == nil {
			if path == "C" || spec.Name != nil && (spec.Name.Name == "_" || spec.Name.Name == ".") {
				continue
			}
			fi.unknown = append(fi.unknown, unknownImport{spec, path})
			continue
		}
		name := p.PkgName()
		if spec.Name != nil {
			name = spec.Name.Name
		}
		fi.All = append(fi.All, Import{Spec: spec, Path: path, Name: name, Package: p})
	}
	for i := range fi.All {
		imp := &fi.All[i]
		switch imp.Name {
		case "_":
		case ".":
			fi.dot = append(fi.dot, imp)
		default:
			if fi.byName == nil {
				fi.byName = map[string]*Import{}
			}
			fi.byName[imp.Name] = imp
		}
	}
	return fi
}

// Empty reports whether the file imports no catalogued package.
func (fi *FileImports) Empty() bool { return len(fi.All) == 0 }

// ByName returns the catalogued import that the file calls name, or nil.
func (fi *FileImports) ByName(name string) *Import { return fi.byName[name] }

// Selector resolves pkg.Name, pkg.Type.Member and dot-imported Type.Member
// from the syntax alone. It is for code whose types are missing: the caller
// must make sure the leftmost identifier is not shadowed (go/types knows it
// as a *types.PkgName or does not know it at all).
func (fi *FileImports) Selector(sel *ast.SelectorExpr) *catalog.Symbol {
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.Ident:
		if imp := fi.byName[x.Name]; imp != nil {
			return fi.symbol(imp, sel.Sel.Name)
		}
		return fi.dotSymbol(x.Name + "." + sel.Sel.Name)
	case *ast.SelectorExpr: // pkg.Type.Method, a method expression
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			if imp := fi.byName[id.Name]; imp != nil {
				return fi.symbol(imp, x.Sel.Name+"."+sel.Sel.Name)
			}
		}
	}
	return nil
}

// SetDeclared tells fi what the file's package declares itself, so that a
// match by method name leaves the package's own methods alone.
func (fi *FileImports) SetDeclared(d *Declared) { fi.declared = d }

// Catalogued reports whether the package at import path is catalogued.
func (fi *FileImports) Catalogued(path string) bool { return fi.cat.Package(ImportPath(path)) != nil }

// variable returns the variable, declared in the file, that id names
// without type information, or nil.
func (fi *FileImports) variable(id *ast.Ident) *types.Var {
	if fi.vars == nil {
		fi.vars = syntaxvar.New([]*ast.File{fi.file})
	}
	return fi.vars.Var(id)
}

// unknownImport is an import the catalog does not know, and its path.
type unknownImport struct {
	spec *ast.ImportSpec
	path string
}

// Other returns the import path of the package, unknown to the catalog,
// that the file calls name, or "".
func (fi *FileImports) Other(name string) string {
	if fi.others == nil && len(fi.unknown) > 0 {
		fi.others = map[string]string{}
		for _, u := range fi.unknown {
			name := catalog.DefaultPkgName(u.path)
			if u.spec.Name != nil {
				name = u.spec.Name.Name
			}
			fi.others[name] = u.path
		}
	}
	return fi.others[name]
}

// Ident resolves an identifier through the file's dot imports.
func (fi *FileImports) Ident(id *ast.Ident) *catalog.Symbol { return fi.dotSymbol(id.Name) }

// CompositeKey resolves the field key of a composite literal whose type is
// spelled pkg.Type, &pkg.Type or a dot-imported Type.
func (fi *FileImports) CompositeKey(lit *ast.CompositeLit, key *ast.Ident) *catalog.Symbol {
	switch t := ast.Unparen(lit.Type).(type) {
	case *ast.SelectorExpr:
		if id, ok := ast.Unparen(t.X).(*ast.Ident); ok {
			if imp := fi.byName[id.Name]; imp != nil {
				return fi.symbol(imp, t.Sel.Name+"."+key.Name)
			}
		}
	case *ast.Ident:
		return fi.dotSymbol(t.Name + "." + key.Name)
	}
	return nil
}

func (fi *FileImports) symbol(imp *Import, name string) *catalog.Symbol {
	return fi.cat.Symbol(imp.Package.Path, name)
}

func (fi *FileImports) dotSymbol(name string) *catalog.Symbol {
	for _, imp := range fi.dot {
		if s := fi.symbol(imp, name); s != nil {
			return s
		}
	}
	return nil
}

// Method resolves x.Name, where the type of x is unknown, by the method
// name alone: the first catalogued method called Name of a package the
// file imports by name ("DetectFaces" in a file that imports Rekognition).
// It returns nil when the file, or its package (SetDeclared), declares a
// method of that name itself, as a local type that looks like the SDK
// would.
func (fi *FileImports) Method(name string) *catalog.Symbol {
	if fi.decls().Method(name) || sharedNames[name] {
		return nil
	}
	return fi.anyMethod(name)
}

// decls returns what the package declares (SetDeclared), or the file
// alone.
func (fi *FileImports) decls() *Declared {
	if fi.declared == nil {
		fi.declared = DeclaredIn(fi.cat, fi.file)
	}
	return fi.declared
}

// anyMethod is Method without the package's own methods left out.
func (fi *FileImports) anyMethod(name string) *catalog.Symbol {
	if fi.methods == nil {
		fi.methods = map[string]*catalog.Symbol{}
		for _, imp := range fi.All {
			if imp.Name == "_" {
				continue
			}
			for _, s := range imp.Package.Symbols {
				if m := s.Member(); m != "" && isExported(m) {
					if _, seen := fi.methods[m]; !seen {
						fi.methods[m] = s
					}
				}
			}
		}
	}
	return fi.methods[name]
}

// packageMethod returns the first catalogued method called name of a
// type of imp's package, or nil.
func (fi *FileImports) packageMethod(imp *Import, name string) *catalog.Symbol {
	for _, s := range imp.Package.Symbols {
		if s.Member() == name {
			return s
		}
	}
	return nil
}

func isExported(name string) bool { return ast.IsExported(name) }

// sharedNames are member names that many types have (a Landmark's Type as
// well as an Emotion's, an HTTP client's Get as well as a face client's):
// the name alone says nothing of the receiver, so they are never matched
// by name.
var sharedNames = map[string]bool{
	"Type": true, "Name": true, "Value": true, "ID": true, "Id": true, "Key": true, "Data": true,
	"Status": true, "Code": true, "Kind": true, "Confidence": true, "Text": true, "String": true,
	"Error": true, "Close": true, "Get": true, "Set": true, "List": true, "Delete": true,
	"Create": true, "Update": true, "Len": true, "Bytes": true, "Read": true, "Write": true, "Open": true,
}

// ImportsC reports whether f imports "C", the pseudo-package of cgo.
func ImportsC(f *ast.File) bool {
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return true
		}
	}
	return false
}

// StdPackage reports whether the package of import path path, of module
// (nil when the driver names none), is the standard library's: its module
// is std (an audit of GOROOT/src; the typed run and the typed audit name
// it so too, load.NameStdModule), or, with no module (go vet: the go
// command gives the standard library's packages none), its path is a
// standard one. The path alone would take a tree without a go.mod, whose
// packages are named by their directories and have the empty module, for
// the standard library where a directory is called image or net.
func StdPackage(path string, module *analysis.Module) bool {
	if module != nil {
		return module.Path == "std"
	}
	return IsStd(path)
}

// IsStd reports whether an import path is of the standard library, by its
// first element: a fixed list, not the host's GOROOT, so that results do
// not depend on the machine (a module may be called "myapp" too). The list
// has every top-level directory of GOROOT/src but cmd
// (TestStdRootsCoverGOROOT), internal and vendor among them: the standard
// library's own packages (internal/abi, vendor/golang.org/x/net/idna),
// which go vet analyses with the rest, and which no other code can import.
func IsStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

var stdRoots = map[string]bool{
	"archive": true, "arena": true, "bufio": true, "builtin": true, "bytes": true, "cmp": true,
	"compress": true, "container": true, "context": true, "crypto": true, "database": true,
	"debug": true, "embed": true, "encoding": true, "errors": true, "expvar": true, "flag": true,
	"fmt": true, "go": true, "hash": true, "html": true, "image": true, "index": true,
	"internal": true, "io": true, "iter": true, "log": true, "maps": true, "math": true,
	"mime": true, "net": true, "os": true, "path": true, "plugin": true, "reflect": true,
	"regexp": true, "runtime": true, "simd": true, "slices": true, "sort": true, "strconv": true,
	"strings": true, "structs": true, "sync": true, "syscall": true, "testing": true, "text": true,
	"time": true, "unicode": true, "unique": true, "unsafe": true, "vendor": true, "weak": true,
}
