package strconst

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"sync"
	"testing"
)

// TestConcurrentFold: the analyzers that read a package's folded strings
// (endpoint, modelfile, discover) share its Folder, and the checker runs
// them at the same time; folding a name none of them folded before fills
// the Folder's memo. Run with -race.
func TestConcurrentFold(t *testing.T) {
	var src strings.Builder
	src.WriteString("package p\nconst (\n")
	for i := range 200 {
		fmt.Fprintf(&src, "\tc%d = \"/v%d\"\n", i, i)
	}
	src.WriteString(")\n")
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src.String(), 0)
	if err != nil {
		t.Fatal(err)
	}
	fo := New(nil, []*ast.File{f})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 200 {
				name := fmt.Sprintf("c%d", (i+g*50)%200)
				if got, ok := fo.Fold(f, ast.NewIdent(name)); !ok || got != "/v"+name[1:] {
					t.Errorf("Fold(%s) = %q, %v", name, got, ok)
				}
			}
		})
		wg.Go(func() { fo.Strings(f, f) })
	}
	wg.Wait()
}
