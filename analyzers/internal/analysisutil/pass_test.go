package analysisutil

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

func TestInEntryModule(t *testing.T) {
	e := catalog.Default().Entry("onnx-go")
	if e == nil {
		t.Fatal("no onnx-go entry")
	}
	for path, want := range map[string]bool{
		"github.com/owulveryck/onnx-go":         true,
		"github.com/owulveryck/onnx-go/backend": true,
		"github.com/owulveryck/onnx-go_test":    true, // the external test package
		"github.com/owulveryck/onnx-go-contrib": false,
		"example.com/app":                       false,
		"example.com/app_test":                  false,
	} {
		pass := &analysis.Pass{Pkg: types.NewPackage(path, "p")}
		if got := InEntryModule(pass, e); got != want {
			t.Errorf("InEntryModule(%s) = %v, want %v", path, got, want)
		}
	}
}
