// Package benchcorpus gives the analyzers' benchmarks real code to chew
// on: the standard library's sources, from GOROOT, so that the hot paths
// are measured on the mix of strings and identifiers real packages have,
// not on a hand-picked list.
package benchcorpus

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

// Package is a standard library package, parsed and type-checked.
type Package struct {
	Fset  *token.FileSet
	Files []*ast.File
	Pkg   *types.Package
	Info  *types.Info
}

// Load parses and type-checks the standard library package path (its
// non-test files for this GOOS/GOARCH), importing its dependencies from
// source. It fails the benchmark on any error.
func Load(tb testing.TB, path string) *Package {
	tb.Helper()
	dir := filepath.Join(goenv.MustVar(tb, "GOROOT"), "src", filepath.FromSlash(path))
	fset := token.NewFileSet()
	matches, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(matches) == 0 {
		tb.Fatalf("benchcorpus: no Go files in %s: %v", dir, err)
	}
	p := &Package{Fset: fset, Info: &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}}
	ctx := buildContext()
	for _, name := range matches {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := ctx.MatchFile(dir, filepath.Base(name)); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			tb.Fatalf("benchcorpus: %v", err)
		}
		p.Files = append(p.Files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", nil)}
	p.Pkg, err = conf.Check(path, fset, p.Files, p.Info)
	if err != nil {
		tb.Fatalf("benchcorpus: type-checking %s: %v", path, err)
	}
	return p
}

// Strings returns the string literals of the package's files, unquoted,
// in source order.
func (p *Package) Strings() []string {
	var out []string
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out = append(out, s)
				}
			}
			return true
		})
	}
	return out
}
