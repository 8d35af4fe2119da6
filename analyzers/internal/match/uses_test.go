package match

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

const usesSrc = `package p

import (
	"context"
	"image"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	"github.com/machinebox/sdk-go/facebox"
)

var _ types.Attribute

type service struct{ client *rekognition.Client }

func (s *service) CompareFaces(ctx context.Context) { s.client.CompareFaces(ctx, nil) }

type embeds struct{ *rekognition.Client }

type box struct{ Rect image.Rectangle }

func uses(ctx context.Context, s *service, e embeds, b box, f facebox.Face, img *image.RGBA) {
	s.CompareFaces(ctx)
	e.SearchFaces(ctx, nil)
	_ = b.Rect
	_ = f.Rect
	_ = img.Rect
	_ = image.Rect(0, 0, 1, 1)
	newClient().SearchFaces(ctx, nil)
	var c *rekognition.Client
	c.DetectText(ctx, nil)
	for _, landmark := range landmarks() {
		_ = landmark.Type // a Landmark's Type, not Emotion.Type: a shared name is never matched by name
	}
}
`

// TestUsesSyntax resolves uses without type information: through the
// fields and embedded types of the package's own types, never the
// package's own methods and fields nor the standard library's, by name
// only where the receiver is unknown.
func TestUsesSyntax(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", usesSrc, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	cat := catalog.Default()
	fi := Imports(cat, f)
	fi.SetDeclared(DeclaredIn(cat, f))
	var got []string
	Uses(inspector.New([]*ast.File{f}).Root(), fi, NewObjects(cat), nil, func(u Use) {
		got = append(got, fmt.Sprintf("%d %s byName=%v", fset.Position(u.Node.Pos()).Line, u.Symbol.Name, u.ByMethodName))
	})
	want := []string{
		"16 Client.CompareFaces byName=false", // s.client.CompareFaces: the field's type
		"22 Face byName=false",                // the parameter's type facebox.Face
		"24 Client.SearchFaces byName=false",  // promoted from the embedded client
		"26 Face.Rect byName=false",           // f is a facebox.Face
		"29 Client.SearchFaces byName=true",   // the receiver is a call's result
	}
	if !slices.Equal(got, want) {
		t.Errorf("uses:\n%q\nwant:\n%q", got, want)
	}
}
