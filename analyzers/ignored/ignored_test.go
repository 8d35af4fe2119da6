package ignored

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestParsed: a driver's parsed syntax gives what the analyzer gives: each
// excluded file with the reason the build leaves it out, nothing for a file
// of which nothing parsed, nothing for the standard library.
func TestParsed(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(name, src string) *ast.File {
		f, _ := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		return f
	}
	names := []string{"a_windows.go", "b.go", "c.go", "d.go", "notes.txt"}
	syntax := []*ast.File{
		parse("a_windows.go", "package p\n"),
		parse("b.go", "//go:build ignore\n\npackage p\n"),
		parse("c.go", "package p\n\nimport \"C\"\n"),
		parse("d.go", "!!"),
		nil,
	}
	res := Parsed("example.com/p", names, syntax)
	var got []string
	for _, f := range res.Files {
		got = append(got, f.Name+": "+f.Reason)
	}
	want := []string{"a_windows.go: GOOS/GOARCH file name suffix", "b.go: //go:build ignore", "c.go: cgo is disabled"}
	if len(got) != len(want) {
		t.Fatalf("Parsed = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Parsed = %q, want %q", got, want)
			break
		}
	}
	if std := Parsed("net/http", names, syntax); len(std.Files) != 0 {
		t.Errorf("Parsed(net/http) = %d files, want none", len(std.Files))
	}
}
