package ignored

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
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
	res := Parsed("example.com/p", &analysis.Module{Path: "example.com/p"}, names, syntax)
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
	// The standard library by its module, or by its path when the driver
	// names no module; a directory called net in a tree without a go.mod
	// is no standard package.
	for _, tc := range []struct {
		path   string
		module *analysis.Module
		files  int
	}{
		{"net/http", &analysis.Module{Path: "std"}, 0},
		{"net/http", nil, 0},
		{"net/http", &analysis.Module{}, 3},
	} {
		if got := Parsed(tc.path, tc.module, names, syntax); len(got.Files) != tc.files {
			t.Errorf("Parsed(%s, %v) = %d files, want %d", tc.path, tc.module, len(got.Files), tc.files)
		}
	}
}
