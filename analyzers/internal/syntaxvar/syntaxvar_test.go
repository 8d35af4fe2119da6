package syntaxvar

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

const a = `package p

func f(param int) {
	x := 1
	x = 2
	_ = x
	var y, z = 3, 4
	_, _ = y, z
	for _, r := range nil { _ = r }
	func(param2 int) { _ = param2 }(0)
	{ shadow := 5; _ = shadow }
	shadow := 6
	_ = shadow
	g := glob
	_ = g
	_ = second
	_ = unknown
}

func h(x string) { _ = x }
`

const b = `package p

var glob = []string{"a"}

const (
	first = iota
	second
)

const named = "n"
`

// TestVar checks which variable each identifier resolves to: its first
// declaration in the top-level function (a parameter's when there is
// one), a package-level variable of another file, nothing for an iota
// repetition or an undeclared name.
func TestVar(t *testing.T) {
	fset := token.NewFileSet()
	fa, err := parser.ParseFile(fset, "a.go", a, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := parser.ParseFile(fset, "b.go", b, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	r := New([]*ast.File{fa, nil, fb})
	// Every identifier of a.go, by name and occurrence: where its variable
	// is declared ("" for none).
	got := map[string][]string{}
	ast.Inspect(fa, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			where := ""
			if v := r.Var(id); v != nil {
				where = fset.Position(v.Pos()).String()
			}
			got[id.Name] = append(got[id.Name], where)
		}
		return true
	})
	for name, want := range map[string][]string{
		"param":   {"a.go:3:8"},
		"x":       {"a.go:4:2", "a.go:4:2", "a.go:4:2", "a.go:20:8", "a.go:20:8"}, // f's x, and h's parameter x
		"y":       {"a.go:7:6", "a.go:7:6"},
		"z":       {"a.go:7:9", "a.go:7:9"},
		"r":       {"a.go:9:9", "a.go:9:9"},
		"param2":  {"a.go:10:7", "a.go:10:7"},
		"shadow":  {"a.go:11:4", "a.go:11:4", "a.go:11:4", "a.go:11:4"}, // one variable per name in a function
		"glob":    {"b.go:3:5"},
		"second":  {""},
		"unknown": {""},
	} {
		if g := got[name]; !slices.Equal(g, want) {
			t.Errorf("%s resolves to %q, want %q", name, g, want)
		}
	}
	if v := r.Var(ast.NewIdent("named")); v == nil || fset.Position(v.Pos()).String() != "b.go:10:7" {
		t.Errorf("named = %v, want the constant of b.go:10:7", v)
	}
}
