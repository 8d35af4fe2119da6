package strconst

import (
	"go/ast"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/internal/fuzzsrc"
)

// FuzzFold folds every expression of an arbitrary Go file, which may not
// parse or type-check, with and without type information: never a panic,
// and the same text twice.
func FuzzFold(f *testing.F) {
	f.Add(`package p

import ("fmt"; "net/url"; "path")

const host = "api-cn.faceplusplus.com"

var base = "https://" + host

func f(x string) {
	_ = fmt.Sprintf("%s/facepp/v%d/%s?%q", base, 3, x, "detect")
	_ = (&url.URL{Scheme: "https", Host: host, Path: path.Join("/facepp", "v3", "detect")}).String()
	_ = fmt.Sprintf("%[2]*[1]d %!", 1)
}`)
	f.Add("package p\nconst a, b = b + \"x\", a + \"y\"\nvar _ = a")
	f.Add("package p\nvar _ = `" + Unknown + "`")
	f.Add("package p\nconst c = \"a\" + \"b\" + \"c\"\nvar v string\nvar _ = c + \"x\" + c + v + \"\\x79\" + (c + v) + c")
	fuzzsrc.Warm()
	f.Fuzz(func(t *testing.T, text string) {
		s := fuzzsrc.Parse("fuzz.go", []byte(text))
		if s.File == nil {
			return
		}
		for _, typed := range [...]bool{true, false} {
			info := s.Info
			if !typed {
				info = nil
			}
			sameStrings(t, New(info, []*ast.File{s.File}), s.File)
			first := foldAll(s, typed)
			if again := foldAll(s, typed); again != first {
				t.Fatalf("two folds differ (types %v):\n%s\n%s", typed, first, again)
			}
		}
	})
}

func foldAll(s *fuzzsrc.Source, typed bool) string {
	info := s.Info
	if !typed {
		info = nil
	}
	fo := New(info, []*ast.File{s.File})
	out := ""
	ast.Inspect(s.File, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if text, ok := fo.Fold(s.File, e); ok {
				out += text + "\n"
			}
		}
		return true
	})
	fo.Outermost(s.File, s.File, func(e ast.Expr, text string) bool {
		out += "outermost " + text + "\n"
		return true
	})
	return out
}
