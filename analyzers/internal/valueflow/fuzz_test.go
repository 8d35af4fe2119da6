package valueflow

import (
	"fmt"
	"go/ast"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/internal/fuzzsrc"
)

// FuzzOf evaluates every expression of an arbitrary Go file, which may not
// parse or type-check, with and without type information: never a panic,
// and the same values twice.
func FuzzOf(f *testing.F) {
	f.Add(src)
	f.Add("package p\nfunc f() { a := []string{\"x\"}; a = append(a, a...); a[0] = a[1]; f(a) }")
	f.Add("package p\nvar x = y\nvar y = x\nfunc f() { _ = x }")
	f.Add("package p\nfunc f() { var in struct{ A struct{ B []string } }; in.A.B = append(in.A.B, \"E\"); _ = &in }")
	f.Add("package p\nfunc f() { x := func() string { return x }(); _ = x }")
	fuzzsrc.Warm()
	f.Fuzz(func(t *testing.T, text string) {
		s := fuzzsrc.Parse("fuzz.go", []byte(text))
		if s.File == nil {
			return
		}
		for _, info := range [...]bool{true, false} {
			first := evalAll(s, info)
			if again := evalAll(s, info); again != first {
				t.Fatalf("two walks differ (types %v):\n%s\n%s", info, first, again)
			}
		}
	})
}

// evalAll evaluates every expression inside a function, with a fresh Flow.
func evalAll(s *fuzzsrc.Source, typed bool) string {
	info := s.Info
	if !typed {
		info = nil
	}
	flow := New(info, []*ast.File{s.File})
	out := ""
	var fns []ast.Node
	ast.Inspect(s.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			fns = append(fns, n)
		case ast.Expr:
			var fn ast.Node
			if len(fns) > 0 {
				fn = fns[len(fns)-1]
			}
			out += fmt.Sprintf("%v %v\n", flow.Of(fn, n), flow.FieldOf(fn, n, "Attributes"))
		}
		return true
	})
	return out
}
