package strconst

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

// inspectStrings is Strings written with ast.Inspect, as it was before
// stringWalker: the reference the walker is held to.
func inspectStrings(fo *Folder, file *ast.File, root ast.Node) []String {
	var strs []String
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			return n.Tok != token.IMPORT
		case *ast.Field:
			return n.Tag == nil
		case *ast.BasicLit, *ast.BinaryExpr, *ast.CallExpr, *ast.CompositeLit:
			e := n.(ast.Expr)
			if text, ok := fo.Fold(file, e); ok && text != "" {
				strs = append(strs, String{e, text})
			}
		}
		return true
	})
	return strs
}

// sameStrings fails t unless Strings and inspectStrings agree on every
// file and on each of its declarations, and Named is Strings but the
// unseparated literals written out whole.
func sameStrings(t *testing.T, fo *Folder, file *ast.File) {
	t.Helper()
	roots := []ast.Node{file}
	for _, d := range file.Decls {
		roots = append(roots, d)
	}
	for _, root := range roots {
		got, want := fo.Strings(file, root), inspectStrings(fo, file, root)
		if len(got) != len(want) {
			t.Fatalf("%s: Strings gives %d expressions, ast.Inspect %d", file.Name.Name, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: expression %d: Strings gives %q at %d, ast.Inspect %q at %d", file.Name.Name, i, got[i].Text, got[i].Expr.Pos(), want[i].Text, want[i].Expr.Pos())
			}
		}
		named, wantNamed := fo.Named(file, root), slices.DeleteFunc(got, func(s String) bool { return Verbatim(s) && !Separated(s.Text) })
		if !slices.Equal(named, wantNamed) {
			t.Fatalf("%s: Named gives %d expressions, Strings without the unseparated literals written out %d", file.Name.Name, len(named), len(wantNamed))
		}
	}
}

// TestNamed: Named leaves out the literals written out whole that have no
// dot, slash or backslash, and keeps every other string: sums (but not
// their unseparated operands), literals with escapes, even when invalid
// UTF-8 (each byte a U+FFFD) makes the text as long as the literal, and
// calls that fold.
func TestNamed(t *testing.T) {
	src := "package p\n\nimport \"fmt\"\n\nconst host = \"api.example.com\"\n\nvar (\n" +
		"\t_ = \"Reader\"\n" +
		"\t_ = \"a.b\"\n" +
		"\t_ = \"a/b\"\n" +
		"\t_ = `a\\b`\n" +
		"\t_ = \"\\x52eader\"\n" +
		"\t_ = \"\\x52\\x65\xff\xff\xff\"\n" + // as long as the literal
		"\t_ = \"face\" + \"detect\"\n" +
		"\t_ = \"v1\" + host\n" +
		"\t_ = fmt.Sprintf(\"%s\", \"x\")\n" +
		"\t_ = \"raw\\r\"\n" +
		")\n"
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if f == nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range New(nil, []*ast.File{f}).Named(f, f) {
		got = append(got, Show(s.Text))
	}
	want := []string{"api.example.com", "a.b", "a/b", `a\b`, "Reader", "Re\uFFFD\uFFFD\uFFFD", "facedetect", "v1api.example.com", "x", "raw\r"}
	if !slices.Equal(got, want) {
		t.Errorf("Named gives\n%q\nwant\n%q", got, want)
	}
}

// TestStringsWalk holds the walker to ast.Inspect on real code: the
// go/..., net/... and the compiler's ssa packages of the toolchain (with
// their generated rewrite rules), tests and testdata included
// (generics, every statement, odd literals), and this module's analyzer
// testdata, where the folding cases are.
func TestStringsWalk(t *testing.T) {
	src := filepath.Join(goenv.MustVar(t, "GOROOT"), "src")
	dirs := []string{filepath.Join(src, "go"), filepath.Join(src, "net"), filepath.Join(src, "cmd", "compile", "internal", "ssa"), filepath.Join("..", "..")}
	files := 0
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			fset := token.NewFileSet()
			f, _ := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
			if f == nil {
				return nil
			}
			files++
			sameStrings(t, New(nil, []*ast.File{f}), f)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 1000 {
		t.Fatalf("compared %d files; the corpus is missing", files)
	}
}
