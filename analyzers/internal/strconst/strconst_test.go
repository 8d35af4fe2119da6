package strconst

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestFoldSums folds chains of + as the recursion over the operands did
// before add joined them once: the depth bound, the length bound and
// parts that do not fold.
func TestFoldSums(t *testing.T) {
	var long []string
	lastOperands := ""
	for i := range 40 {
		long = append(long, fmt.Sprintf(`"%02d"`, i))
		if i >= 8 {
			lastOperands += fmt.Sprintf("%02d", i)
		}
	}
	big := `"` + strings.Repeat("x", 40000) + `"`
	for _, tc := range []struct {
		expr string
		want string
		ok   bool
	}{
		{`"a" + "b" + "c"`, "abc", true},
		{`v + "/detect"`, Unknown + "/detect", true},
		{`"https://" + v + "/face/" + v`, "https://" + Unknown + "/face/" + Unknown, true},
		{`v + v`, Unknown, false},
		{`("a" + "b") + ("c" + v)`, "abc" + Unknown, true},
		{`host + "/v1"`, "api.example.com/v1", true},
		// Folding stops 32 levels down: of 40 operands, the last 32 are
		// known.
		{strings.Join(long, " + "), Unknown + lastOperands, true},
		// The first sum is too long: the text starts again after it.
		{big + " + " + big + ` + "y"`, Unknown + "y", true},
		{big + " + " + big, Unknown, false},
		{`"\x61" + "\x62" + "c"`, "abc", true},
	} {
		src := "package p\nconst host = \"api.example.com\"\nvar _ = " + tc.expr
		f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		e := f.Decls[1].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
		got, ok := New(nil, []*ast.File{f}).Fold(f, e)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Fold(%.40s) = %q, %v; want %q, %v", tc.expr, Show(got), ok, Show(tc.want), tc.ok)
		}
	}
}

// TestLiteral: a literal with escapes is unescaped once and remembered; a
// malformed one folds to Unknown, as any part whose value is not known.
func TestLiteral(t *testing.T) {
	fo := New(nil, nil)
	lit := &ast.BasicLit{Kind: token.STRING, Value: `"\x66ace"`}
	for range 2 {
		if got, ok := fo.literal(lit); got != "face" || !ok {
			t.Errorf("literal(%s) = %q, %v", lit.Value, got, ok)
		}
	}
	if len(fo.lits) != 1 {
		t.Errorf("%d literals remembered, want 1", len(fo.lits))
	}
	for _, v := range []string{`"\q"`, `"\x6"`, `"abc`} {
		if got, ok := fo.literal(&ast.BasicLit{Kind: token.STRING, Value: v}); got != Unknown || ok {
			t.Errorf("literal(%s) = %q, %v; want Unknown, false", v, got, ok)
		}
	}
}
