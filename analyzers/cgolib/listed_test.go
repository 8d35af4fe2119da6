package cgolib

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
)

// TestListedFiles: the C files of a package's directory come from the
// driver's listing when it has read the directory (the audit), and from
// the directory otherwise.
func TestListedFiles(t *testing.T) {
	dir := t.TempDir()
	goFile := filepath.Join(dir, "face.go")
	for name, text := range map[string]string{goFile: "package face\n", filepath.Join(dir, "disk.c"): "\n"} {
		if err := os.WriteFile(name, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, goFile, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		listed func(string) ([]string, bool)
		want   []string
	}{
		{nil, []string{filepath.Join(dir, "disk.c")}},
		{func(string) ([]string, bool) { return nil, false }, []string{filepath.Join(dir, "disk.c")}},
		{func(d string) ([]string, bool) { return []string{"listed.cc", "README"}, d == dir }, []string{filepath.Join(dir, "listed.cc")}},
	} {
		pass := &analysis.Pass{
			Fset:     fset,
			Files:    []*ast.File{f},
			Pkg:      types.NewPackage("example.com/face", "face"),
			ResultOf: map[*analysis.Analyzer]any{config.Analyzer: &config.Config{Listed: tc.listed}},
		}
		if got := cFiles(pass); !slices.Equal(got, tc.want) {
			t.Errorf("cFiles = %q, want %q", got, tc.want)
		}
	}
}
