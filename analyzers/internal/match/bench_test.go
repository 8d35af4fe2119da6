package match

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/benchcorpus"
)

// stdCatalog catalogues net/http symbols, so that the benchmarks measure
// matching that finds something in a real package (net/http/httputil)
// as well as the usual case, where the catalog names nothing the code uses.
const stdCatalog = `vendor: Bench
entries:
  - id: bench-http
    product: net/http as a stand-in SDK
    docs: https://example.com/bench
    source: https://example.com/bench
    packages:
      - path: net/http
        symbols:
          - {symbol: NewRequest, category: face-detection, what: "stands in for an SDK call"}
          - {symbol: Header.Set, category: face-recognition, what: "stands in for an SDK method"}
          - {symbol: Request.Header, category: emotion-recognition, what: "stands in for an SDK field"}
          - {symbol: StatusOK, category: face-liveness, what: "stands in for an SDK constant"}
`

func benchCatalog(b *testing.B) *catalog.Catalog { return analysistestutil.Catalog(b, stdCatalog) }

// BenchmarkUses runs the per-file symbol matching of sdksymbol (imports,
// then every identifier through Objects) on real packages.
func BenchmarkUses(b *testing.B) {
	for _, bc := range []struct {
		name, pkg string
		cat       func(*testing.B) *catalog.Catalog
		typeless  bool // match by the files' imports alone, as the audit does
		want      int  // uses found per iteration; -1: at least one
	}{
		{"default-catalog/net-http", "net/http", func(*testing.B) *catalog.Catalog { return catalog.Default() }, false, 0},
		{"std-catalog/net-http-httputil", "net/http/httputil", benchCatalog, false, -1},
		{"typeless/net-http-httputil", "net/http/httputil", benchCatalog, true, -1},
	} {
		b.Run(bc.name, func(b *testing.B) {
			p := benchcorpus.Load(b, bc.pkg)
			cat := bc.cat(b)
			info := p.Info
			if bc.typeless {
				info = nil
			}
			root := inspector.New(p.Files).Root()
			count := func() int {
				n := 0
				objs := NewObjects(cat)
				for file := range root.Children() {
					fi := Imports(cat, file.Node().(*ast.File))
					if info == nil && fi.Empty() {
						continue
					}
					Uses(file, fi, objs, info, func(Use) { n++ })
				}
				return n
			}
			if n := count(); bc.want >= 0 && n != bc.want || bc.want < 0 && n == 0 {
				b.Fatalf("%d uses found, want %d (-1: some)", n, bc.want)
			}
			b.ReportAllocs()
			for b.Loop() {
				count()
			}
		})
	}
}

// BenchmarkReaches measures the early exit on a package that imports
// nothing catalogued, the case of almost every package.
func BenchmarkReaches(b *testing.B) {
	p := benchcorpus.Load(b, "net/http")
	cat := catalog.Default()
	if Reaches(cat.HasPackage, p.Pkg, p.Files) {
		b.Fatal("net/http reaches a catalogued package")
	}
	b.ReportAllocs()
	for b.Loop() {
		Reaches(cat.HasPackage, p.Pkg, p.Files)
	}
}
