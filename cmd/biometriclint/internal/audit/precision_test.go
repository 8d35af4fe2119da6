package audit

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// TestPrecision audits testdata/precision without types, tests included,
// and wants exactly the findings its "// want `regexp`" comments expect:
// literal nil and empty attributes are determined values; a match by
// method name never claims the package's own methods (declared in another
// file, or in a _test.go file) nor the standard library's (image.Rect).
func TestPrecision(t *testing.T) {
	dir := filepath.Join("testdata", "precision")
	rep, _, err := Run(&Config{Dir: dir, Analyzers: []*analysis.Analyzer{sdksymbol.Analyzer}, Tests: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 {
		t.Errorf("problems: %v", rep.Problems)
	}
	wants := readWants(t, dir)
	for _, f := range rep.Findings() {
		key := fmt.Sprintf("%s:%d", filepath.Base(f.Pos.File), f.Pos.Line)
		i := slices.IndexFunc(wants[key], func(re *regexp.Regexp) bool { return re.MatchString(f.Message) })
		if i < 0 {
			t.Errorf("%s: unexpected finding: %s", key, f.Message)
			continue
		}
		wants[key] = slices.Delete(wants[key], i, i+1)
	}
	for key, res := range wants {
		for _, re := range res {
			t.Errorf("%s: no finding matches %s", key, re)
		}
	}
}

// readWants reads the "// want `re` ..." comments of the Go files in dir,
// by "file.go:line".
func readWants(t *testing.T, dir string) map[string][]*regexp.Regexp {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	wants := map[string][]*regexp.Regexp{}
	fset := token.NewFileSet()
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for c := range allComments(f) {
			text, ok := strings.CutPrefix(c.Text, "// want ")
			if !ok {
				continue
			}
			key := fmt.Sprintf("%s:%d", filepath.Base(name), fset.Position(c.Pos()).Line)
			for text = strings.TrimSpace(text); text != ""; text = strings.TrimSpace(text) {
				q, err := strconv.QuotedPrefix(text)
				if err != nil {
					t.Fatalf("%s: bad want comment: %v", key, err)
				}
				text = text[len(q):]
				s, _ := strconv.Unquote(q)
				wants[key] = append(wants[key], regexp.MustCompile(s))
			}
		}
	}
	if len(wants) == 0 {
		t.Fatalf("no want comments in %s", dir)
	}
	return wants
}

func allComments(f *ast.File) func(func(*ast.Comment) bool) {
	return func(yield func(*ast.Comment) bool) {
		for _, g := range f.Comments {
			for _, c := range g.List {
				if !yield(c) {
					return
				}
			}
		}
	}
}
