// Package fuzzsrc turns arbitrary bytes into what biometriclint's
// analyzers see, for fuzz tests: a parsed file (whatever of it parses) and
// the type checker's partial answer. The input comes from outside (a tree
// under review), so it may not parse or type-check; both are normal.
package fuzzsrc

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Source is one file of a package, parsed and type-checked as far as it
// goes.
type Source struct {
	Fset *token.FileSet
	File *ast.File // nil when nothing parsed
	Pkg  *types.Package
	Info *types.Info
}

// stdlib are the standard packages the analyzers' rules name (pass-through
// functions, URL building, embedding); they are type-checked from GOROOT
// once, in a file set of their own (the analyzers only ask the pass's file
// set about the package's own files). Other imports are empty packages, as
// for a tree whose dependencies are missing.
var stdlib = []string{"bytes", "embed", "errors", "fmt", "net/url", "path", "path/filepath", "strconv", "strings"}

var (
	once sync.Once
	mu   sync.Mutex // the source importer is not safe for concurrent use
	std  types.Importer
)

// Warm type-checks the standard packages now, so that the first fuzz
// input does not pay for it (the fuzzer takes a slow input for a hang).
func Warm() {
	once.Do(func() {
		std = importer.ForCompiler(token.NewFileSet(), "source", nil)
		for _, path := range stdlib {
			std.Import(path)
		}
	})
}

// importer serves stdlib from source and any other path as an empty,
// complete package named as the catalog would name it.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// Parse parses src as name and type-checks it without failing: the
// errors are dropped, as the analyzers see a package that does not
// type-check.
func Parse(name string, src []byte) *Source {
	Warm()
	s := &Source{Fset: token.NewFileSet()}
	s.File, _ = parser.ParseFile(s.Fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if s.File == nil || s.File.Name == nil {
		return s
	}
	s.Info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer:    importerFunc(s.importPkg),
		Error:       func(error) {},
		FakeImportC: true,
	}
	s.Pkg, _ = conf.Check("fuzz", s.Fset, []*ast.File{s.File}, s.Info)
	return s
}

func (s *Source) importPkg(path string) (*types.Package, error) {
	if slices.Contains(stdlib, path) {
		mu.Lock()
		defer mu.Unlock()
		return std.Import(path)
	}
	name := catalog.DefaultPkgName(path)
	if !token.IsIdentifier(name) || strings.Contains(path, "\x00") {
		name = "x"
	}
	p := types.NewPackage(path, name)
	p.MarkComplete()
	return p, nil
}
