package policy

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the .biometriclint.yml parser: a bad
// file is an error, never a panic, and the same bytes give the same
// answer twice.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.yml")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("allow:\n  - category: face-recognition\n    reason: x\n    expires: 2000-01-01\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Add([]byte("---\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		first := parsed(data)
		if again := parsed(data); again != first {
			t.Fatalf("two parses differ:\n%s\n%s", first, again)
		}
	})
}

func parsed(data []byte) string {
	s, err := Parse("fuzz.yml", data)
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%+v %+v %+v %+v %+v %+v", s.Severity, s.FailOn, s.Exclude, s.Allow, len(s.Catalog), s.Analyzers)
}

// FuzzDirectives feeds arbitrary Go source to the inline directive parser.
func FuzzDirectives(f *testing.F) {
	f.Add("package p\n\n//biometriclint:allow face-recognition reason=\"kiosk\" expires=2030-01-01\nvar x int\n")
	f.Add("package p\n\nvar x = 1 //biometriclint:allow\n")
	f.Add("package p\n/*biometriclint:allow */")
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, _ := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if file == nil {
			return
		}
		first := fmt.Sprintf("%+v", ParseDirectives(fset, file))
		if again := fmt.Sprintf("%+v", ParseDirectives(fset, file)); again != first {
			t.Fatalf("two parses differ:\n%s\n%s", first, again)
		}
	})
}
