package suite_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/internal/fuzzsrc"
	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// FuzzAnalyzers runs every analyzer on an arbitrary Go file, as far as it
// parses and type-checks, as the checker would on a package that does not
// type-check (RunDespiteErrors): never a panic, and the same diagnostics
// twice. The seeds are the analyzers' own test files.
func FuzzAnalyzers(f *testing.F) {
	seeds, err := filepath.Glob("../*/testdata/src/*/*.go")
	if err != nil || len(seeds) == 0 {
		f.Fatalf("no seed files: %v", err)
	}
	for _, name := range seeds {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("package p\nimport face \"github.com/Kagami/go-face\"\nvar r, _ = face.NewRecognizer(\"models\"\nfunc f() { r. }"))
	f.Add([]byte("package p\n/*\n#cgo LDFLAGS: -ldlib\n#include <dlib/dnn.h>\n*/\nimport \"C\"\n//go:embed *.onnx\nvar m string"))
	fuzzsrc.Warm()
	f.Fuzz(func(t *testing.T, src []byte) {
		first := analyze(t, src)
		if again := analyze(t, src); !slices.Equal(again, first) {
			t.Fatalf("two runs differ:\n%q\n%q", first, again)
		}
	})
}

// analyze runs every analyzer of the suite on src and returns their
// diagnostics and errors.
func analyze(t *testing.T, src []byte) []string {
	s := fuzzsrc.Parse("fuzz.go", src)
	if s.File == nil || s.Pkg == nil {
		return nil
	}
	r := &runner{s: s, src: src, results: map[*analysis.Analyzer]*result{}, facts: map[factKey]analysis.Fact{}}
	var out []string
	for _, a := range suite.Analyzers() {
		res := r.run(a)
		if res.err != nil {
			out = append(out, fmt.Sprintf("%s: error: %v", a.Name, res.err))
		}
		for _, d := range res.diags {
			out = append(out, fmt.Sprintf("%s: %s: [%s] %s", a.Name, s.Fset.Position(d.Pos), d.Category, d.Message))
		}
	}
	return out
}

type runner struct {
	s       *fuzzsrc.Source
	src     []byte
	results map[*analysis.Analyzer]*result
	facts   map[factKey]analysis.Fact
}

type factKey struct {
	obj types.Object // nil for a package fact
	pkg *types.Package
	t   reflect.Type
}

type result struct {
	value any
	diags []analysis.Diagnostic
	err   error
}

// run runs a once on the file, its prerequisites first.
func (r *runner) run(a *analysis.Analyzer) *result {
	if res, ok := r.results[a]; ok {
		return res
	}
	res := &result{}
	r.results[a] = res
	resultOf := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		rr := r.run(req)
		if rr.err != nil {
			res.err = fmt.Errorf("%s: %v", req.Name, rr.err)
			return res
		}
		resultOf[req] = rr.value
	}
	s := r.s
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       s.Fset,
		Files:      []*ast.File{s.File},
		Pkg:        s.Pkg,
		TypesInfo:  s.Info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		Module:     &analysis.Module{Path: "fuzz"},
		ResultOf:   resultOf,
		Report:     func(d analysis.Diagnostic) { res.diags = append(res.diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if name == "fuzz.go" {
				return r.src, nil
			}
			return nil, os.ErrNotExist
		},
		ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
			return r.importFact(factKey{obj: obj, t: reflect.TypeOf(fact)}, fact)
		},
		ImportPackageFact: func(pkg *types.Package, fact analysis.Fact) bool {
			return r.importFact(factKey{pkg: pkg, t: reflect.TypeOf(fact)}, fact)
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			r.facts[factKey{obj: obj, t: reflect.TypeOf(fact)}] = fact
		},
		ExportPackageFact: func(fact analysis.Fact) {
			r.facts[factKey{pkg: s.Pkg, t: reflect.TypeOf(fact)}] = fact
		},
		AllObjectFacts:  func() []analysis.ObjectFact { return nil },
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
	res.value, res.err = a.Run(pass)
	return res
}

func (r *runner) importFact(k factKey, fact analysis.Fact) bool {
	got, ok := r.facts[k]
	if ok {
		reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(got).Elem())
	}
	return ok
}
