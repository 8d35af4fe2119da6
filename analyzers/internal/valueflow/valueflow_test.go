package valueflow

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

const src = `package p

import (
	"fmt"
	"path/filepath"
)

type Attr string

const (
	All      Attr = "ALL"
	Emotions Attr = "EMOTIONS"
	Default  Attr = "DEFAULT"
)

type Input struct {
	Attributes []Attr
	Name       string
}

var pkgAttrs = []Attr{Default, "GENDER"}

func sink(...any) {}

func literal()        { sink([]Attr{All}) }
func constExpr()      { sink("haar" + "cascade.xml") }
func localAppend()    { a := []Attr{Default}; a = append(a, Emotions); sink(a) }
func fieldLit()       { sink(&Input{Attributes: []Attr{Emotions}}) }
func fieldLater()     { in := &Input{}; in.Attributes = []Attr{"AGE_RANGE"}; sink(in) }
func fieldAbsent()    { in := Input{Name: "x"}; sink(&in) }
func globalVar()      { sink(pkgAttrs) }
func join(dir string) { sink(filepath.Join(dir, "haarcascade_frontalface_default.xml")) }
func sprintf()        { sink(fmt.Sprintf("%s/%s", "models", "genderage.onnx")) }
func param(a []Attr)  { sink(a) }
func result()         { sink(make([]Attr, 1)) }
func fieldParam(in *Input) { sink(in) }
func zero()           { var a []Attr; sink(a) }
func closure()        { a := []Attr{All}; func() { sink(a) }() }
func conversion()     { sink(Attr("EMOTIONS")) }

type Req struct{ Body *Input }

func NewInputRequest() *Input { return &Input{} }

func nested()         { r := &Req{Body: &Input{Name: "13"}}; sink(r) }
func nestedLater()    { r := &Req{}; r.Body = &Input{Name: "1,2"}; sink(r) }
func fresh()          { r := NewInputRequest(); r.Name = "Age,Emotion"; sink(r) }
func notFresh()       { r := other(); sink(r) }
func other() *Input   { return nil }
func nilSlice()       { sink(nil) }
`

func TestFlow(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	flow := New(info, []*ast.File{f})
	flow.SetFresh(func(_ *types.Info, call *ast.CallExpr) bool {
		id, ok := call.Fun.(*ast.Ident)
		return ok && id.Name == "NewInputRequest"
	})
	tests := []flowTest{
		{fn: "literal", want: "ALL"},
		{fn: "constExpr", want: "haarcascade.xml"},
		{fn: "localAppend", want: "DEFAULT EMOTIONS"},
		{fn: "fieldLit", field: "Attributes", want: "EMOTIONS"},
		{fn: "fieldLater", field: "Attributes", want: "AGE_RANGE"},
		{fn: "fieldAbsent", field: "Attributes", want: ""},
		{fn: "globalVar", want: "DEFAULT GENDER"},
		{fn: "join", want: "haarcascade_frontalface_default.xml", unknown: "the parameter dir"},
		{fn: "sprintf", want: "%s/%s models genderage.onnx"},
		{fn: "param", unknown: "the parameter a"},
		{fn: "result", unknown: "the result of make"},
		{fn: "fieldParam", field: "Attributes", unknown: "in.Attributes"},
		{fn: "zero", want: ""},
		{fn: "closure", want: "ALL"},
		{fn: "conversion", want: "EMOTIONS"},
		{fn: "nested", field: "Body.Name", want: "13"},
		{fn: "nestedLater", field: "Body.Name", want: "1,2"},
		{fn: "fresh", field: "Name", want: "Age,Emotion"},
		{fn: "notFresh", field: "Name", unknown: "other().Name"},
		{fn: "nilSlice", want: ""},
	}
	checkFlow(t, flow, f, tests)
}

// flowTest expects the values of the sink argument of function fn, or of
// its field.
type flowTest struct {
	fn, field, want, unknown string
}

func checkFlow(t *testing.T, flow *Flow, f *ast.File, tests []flowTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.fn, func(t *testing.T) {
			fn, arg := sinkArg(t, f, tt.fn)
			var v Values
			if tt.field != "" {
				v = flow.FieldOf(fn, arg, tt.field)
			} else {
				v = flow.Of(fn, arg)
			}
			if got := strings.Join(v.Strings, " "); got != tt.want {
				t.Errorf("values = %q, want %q", got, tt.want)
			}
			if v.Unknown != tt.unknown {
				t.Errorf("unknown = %q, want %q", v.Unknown, tt.unknown)
			}
		})
	}
}

// sinkArg finds the argument of the sink call in function name.
func sinkArg(t *testing.T, f *ast.File, name string) (*ast.FuncDecl, ast.Expr) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != name {
			continue
		}
		var arg ast.Expr
		ast.Inspect(fd, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "sink" {
					arg = call.Args[0]
				}
			}
			return true
		})
		return fd, arg
	}
	t.Fatalf("no function %s", name)
	return nil, nil
}

const syntaxSrc = `package p

import (
	"fmt"
	"path/filepath"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

func sink(...any) {}

func nilArg()        { sink(nil) }
func emptySlice()    { sink([]types.Attribute{}) }
func nilField()      { sink(&rekognition.DetectFacesInput{Attributes: nil}) }
func emptyField()    { sink(&rekognition.DetectFacesInput{Attributes: []types.Attribute{}}) }
func absentField()   { sink(&rekognition.DetectFacesInput{}) }
func nilRequest()    { sink(nil) }
func localNil()      { var a []types.Attribute = nil; sink(a) }
func assignedNil()   { in := &rekognition.DetectFacesInput{}; in.Attributes = nil; sink(in) }
func literal()       { sink([]types.Attribute{"ALL"}) }
func sdkConstant()   { sink([]types.Attribute{types.AttributeAll}) }
func param(a []types.Attribute) { sink(a) }
func nilAndParam(a []types.Attribute) { b := a; b = nil; sink(b) }
func localAppend()   { a := []types.Attribute{"DEFAULT"}; a = append(a, "EMOTIONS"); sink(a) }
func closure()       { a := []types.Attribute{"ALL"}; func() { sink(a) }() }
func shadowParam(a []types.Attribute) { func() { a := []types.Attribute{"ALL"}; sink(a) }() }
func closureParam()  { a := []types.Attribute{"ALL"}; _ = func(a []types.Attribute) {}; sink(a) }
func boolean()       { sink(true) }
func pkgConst()      { sink([]types.Attribute{defaultAttr}) }
func pkgVar()        { sink(pkgAttrs) }
func iotaConst()     { sink(second) }
func rangeVar(all [][]types.Attribute) { for _, a := range all { sink(a) } }
func fresh()         { r := NewInputRequest(); r.Name = "Age,Emotion"; sink(r) }
func freshAbsent()   { r := NewInputRequest(); sink(r) }
func notFresh()      { r := other(); sink(r) }
func selector(in *rekognition.DetectFacesInput) { sink(in.Attributes) }
func join(dir string) { sink(filepath.Join(dir, "haarcascade_russian_plate_number.xml")) }
func sprintf()       { sink(fmt.Sprintf("%s/%s", "models", "genderage.onnx")) }

const defaultAttr = "DEFAULT"

var pkgAttrs = []types.Attribute{"GENDER"}

const (
	first = iota
	second
)
`

// TestFlowSyntaxOnly evaluates without type information, as the
// syntax-only audit does: literal nil and empty literals are determined
// (nothing), what only types could tell is not.
func TestFlowSyntaxOnly(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", syntaxSrc, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	flow := New(nil, []*ast.File{f})
	flow.SetFresh(func(_ *types.Info, call *ast.CallExpr) bool {
		id, ok := call.Fun.(*ast.Ident)
		return ok && id.Name == "NewInputRequest"
	})
	tests := []flowTest{
		{fn: "nilArg", want: ""},
		{fn: "emptySlice", want: ""},
		{fn: "nilField", field: "Attributes", want: ""},
		{fn: "emptyField", field: "Attributes", want: ""},
		{fn: "absentField", field: "Attributes", want: ""},
		{fn: "nilRequest", field: "Attributes", want: ""},
		{fn: "localNil", want: ""},
		{fn: "assignedNil", field: "Attributes", want: ""},
		{fn: "literal", want: "ALL"},
		{fn: "sdkConstant", unknown: "types.AttributeAll"},
		{fn: "param", unknown: "the parameter a"},
		{fn: "nilAndParam", unknown: "the parameter a"},
		{fn: "localAppend", want: "DEFAULT EMOTIONS"},
		{fn: "closure", want: "ALL"},
		// Scopes are not tracked: a name that is a parameter anywhere in
		// the function is one.
		{fn: "shadowParam", unknown: "the parameter a"},
		{fn: "closureParam", unknown: "the parameter a"},
		{fn: "boolean", want: "true"},
		{fn: "pkgConst", want: "DEFAULT"},
		{fn: "pkgVar", want: "GENDER"},
		{fn: "iotaConst", unknown: "second (no type information)"},
		{fn: "rangeVar", unknown: "a value of a multi-value assignment or a range"},
		{fn: "fresh", field: "Name", want: "Age,Emotion"},
		{fn: "freshAbsent", field: "Name", want: ""},
		{fn: "notFresh", field: "Name", unknown: "other().Name"},
		{fn: "selector", unknown: "in.Attributes"},
		{fn: "join", want: "haarcascade_russian_plate_number.xml", unknown: "the parameter dir"},
		{fn: "sprintf", want: "%s/%s models genderage.onnx"},
	}
	checkFlow(t, flow, f, tests)
}
