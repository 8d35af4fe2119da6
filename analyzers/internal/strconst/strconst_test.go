package strconst

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestFoldSums folds chains of +: the length bound, parts that do not
// fold, and chains longer than the depth bound of nested expressions,
// which a chain's loop does not have.
func TestFoldSums(t *testing.T) {
	var long []string
	allOperands := ""
	for i := range 40 {
		long = append(long, fmt.Sprintf(`"%02d"`, i))
		allOperands += fmt.Sprintf("%02d", i)
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
		{strings.Join(long, " + "), allOperands, true},
		{strings.Join(long, " + ") + " + v", allOperands + Unknown, true},
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

// TestUnquote: a literal folds to its value, escapes and all; a malformed
// one folds to Unknown, as any part whose value is not known.
func TestUnquote(t *testing.T) {
	for _, tc := range []struct {
		lit, want string
		ok        bool
	}{
		{`"face"`, "face", true},
		{`"\x66ace"`, "face", true},
		{"`\\x66ace`", `\x66ace`, true},
		{`"\q"`, Unknown, false},
		{`"\x6"`, Unknown, false},
		{`"abc`, Unknown, false},
	} {
		got, ok := New(nil, nil).Fold(nil, &ast.BasicLit{Kind: token.STRING, Value: tc.lit})
		if got != tc.want || ok != tc.ok {
			t.Errorf("Fold(%s) = %q, %v; want %q, %v", tc.lit, got, ok, tc.want, tc.ok)
		}
	}
}
