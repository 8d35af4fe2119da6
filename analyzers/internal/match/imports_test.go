package match

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/internal/goenv"
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

const pkgSrc = `package p

import (
	"context"
	img "image"
	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/example/go-wrapper/v2"
)

type fake struct{}

func (fake) IndexFaces() {}

type api interface {
	DeleteFaces(ctx context.Context) error
	// Mirrors the SDK: calls through it reach Rekognition.
	CompareFaces(ctx context.Context, in *rekognition.CompareFacesInput) (*rekognition.CompareFacesOutput, error)
}
`

// TestDeclared checks what a package declares in another file: a match by
// method name leaves those methods alone, but for an interface that
// mirrors the SDK. It checks the names of the imports the catalog does not
// know, and which are of the standard library.
func TestDeclared(t *testing.T) {
	fset := token.NewFileSet()
	other, err := parser.ParseFile(fset, "other.go", pkgSrc, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	cat := catalog.Default()
	fi := Imports(cat, f)
	fi.SetDeclared(DeclaredIn(cat, f, other, nil))
	for _, tt := range []struct{ name, want string }{
		{"IndexFaces", ""},  // declared on fake, in other.go
		{"DeleteFaces", ""}, // a method of the package's interface
		{"SearchFaces", ""}, // declared in p.go
		{"CompareFaces", "Client.CompareFaces"},
		{"DetectFaces", "Client.DetectFaces"},
	} {
		got := ""
		if s := fi.Method(tt.name); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("Method(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}

	fo := Imports(cat, other)
	for name, want := range map[string]string{"context": "context", "img": "image", "image": "", "wrapper": "github.com/example/go-wrapper/v2", "rekognition": ""} {
		if got := fo.Other(name); got != want {
			t.Errorf("Other(%s) = %q, want %q", name, got, want)
		}
	}
	for path, want := range map[string]bool{"image": true, "net/http": true, "golang.org/x/image/font": false, "myapp/image": false, "C": false, "": false,
		"internal/abi": true, "vendor/golang.org/x/net/idna": true, "myapp/internal/x": false, "golang.org/x/tools/internal/stdlib": false} {
		if got := IsStd(path); got != want {
			t.Errorf("IsStd(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestStdRootsCoverGOROOT holds the fixed list of IsStd to the standard
// library of the Go that runs the tests: every top-level directory of
// GOROOT/src but cmd (a module of its own) and testdata is a root. A new
// Go that adds one fails here until the list has it.
func TestStdRootsCoverGOROOT(t *testing.T) {
	src := filepath.Join(goenv.MustVar(t, "GOROOT"), "src")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	roots := 0
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "cmd" || e.Name() == "testdata" {
			continue
		}
		roots++
		if !IsStd(e.Name() + "/x") {
			t.Errorf("IsStd(%q) = false: %s is a directory of the standard library", e.Name()+"/x", filepath.Join(src, e.Name()))
		}
	}
	if roots < 40 {
		t.Errorf("%s holds %d top-level directories, want the standard library's (40 or more)", src, roots)
	}
}
