package match

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

const src = `package p

import (
	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	. "gocv.io/x/gocv"
	_ "github.com/Kagami/go-face"
	"vendor/github.com/esimov/pigo/core"
	"golang.org/x/image/font"
)

type album struct{}

func (album) SearchFaces() {}
`

// TestImports checks the names a file gives its catalogued imports, and
// what each kind of selector resolves to from the syntax alone.
func TestImports(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	fi := Imports(catalog.Default(), f)
	var names []string
	for _, imp := range fi.All {
		names = append(names, imp.Name+"="+imp.Path)
	}
	want := []string{
		"rk=github.com/aws/aws-sdk-go-v2/service/rekognition",
		"types=github.com/aws/aws-sdk-go-v2/service/rekognition/types",
		".=gocv.io/x/gocv",
		"_=github.com/Kagami/go-face",
		"pigo=github.com/esimov/pigo/core", // vendor prefix dropped, catalogued package name
	}
	if len(names) != len(want) {
		t.Fatalf("imports = %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Errorf("import %d = %q, want %q", i, names[i], want[i])
		}
	}

	sel := func(x, name string) *ast.SelectorExpr {
		return &ast.SelectorExpr{X: ast.NewIdent(x), Sel: ast.NewIdent(name)}
	}
	for _, tt := range []struct {
		what string
		got  *catalog.Symbol
		want string // symbol name, "" for none
	}{
		{"rk.NewListFacesPaginator", fi.Selector(sel("rk", "NewListFacesPaginator")), "NewListFacesPaginator"},
		{"rk.DetectText", fi.Selector(sel("rk", "DetectText")), ""},
		{"rekognition.NewListFacesPaginator (not the file's name)", fi.Selector(sel("rekognition", "NewListFacesPaginator")), ""},
		{"rk.Client.CompareFaces", fi.Selector(&ast.SelectorExpr{X: sel("rk", "Client"), Sel: ast.NewIdent("CompareFaces")}), "Client.CompareFaces"},
		{"types.EmotionNameHappy", fi.Selector(sel("types", "EmotionNameHappy")), "EmotionNameHappy"},
		{"NewFaceRecognizerSF (dot import)", fi.Ident(ast.NewIdent("NewFaceRecognizerSF")), "NewFaceRecognizerSF"},
		{"x.CompareFaces (by method name)", fi.Method("CompareFaces"), "Client.CompareFaces"},
		{"x.SearchFaces (the file declares its own)", fi.Method("SearchFaces"), ""},
		{"x.DetectText (not catalogued)", fi.Method("DetectText"), ""},
	} {
		got := ""
		if tt.got != nil {
			got = tt.got.Name
		}
		if got != tt.want {
			t.Errorf("%s = %q, want %q", tt.what, got, tt.want)
		}
	}
}
