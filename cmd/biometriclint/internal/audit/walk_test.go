package audit

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

func TestImportPath(t *testing.T) {
	m := &modules{paths: map[string]string{".": "example.com/app", "tools": "example.com/app/tools", "goroot/src": "std", "goroot/src/cmd": "cmd"}}
	for _, tc := range []struct{ rel, path, module string }{
		{".", "example.com/app", "example.com/app"},
		{"internal/face", "example.com/app/internal/face", "example.com/app"},
		{"tools/gen", "example.com/app/tools/gen", "example.com/app/tools"},
		{"vendor/github.com/a/b", "github.com/a/b", ""},
		// The standard library's packages are imported without "std/".
		{"goroot/src/net/http", "net/http", "std"},
		{"goroot/src/cmd/go", "cmd/go", "cmd"},
	} {
		if path, module := m.importPath(tc.rel); path != tc.path || module != tc.module {
			t.Errorf("importPath(%q) = %q, %q; want %q, %q", tc.rel, path, module, tc.path, tc.module)
		}
	}
}

func TestGoModDir(t *testing.T) {
	m := &modules{roots: map[string]bool{".": true, "tools": true, "x/broken": true}}
	for _, tc := range []struct {
		rel, want string
		ok        bool
	}{
		{".", ".", true},
		{"internal/face", ".", true},
		{"tools/gen", "tools", true},
		{"x/broken/y", "x/broken", true}, // unreadable or without a module line: still the file the go command reads
	} {
		if got, ok := m.goModDir(tc.rel); got != tc.want || ok != tc.ok {
			t.Errorf("goModDir(%q) = %q, %v; want %q, %v", tc.rel, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := (&modules{roots: map[string]bool{"sub": true}}).goModDir("other/pkg"); ok {
		t.Error("goModDir found a go.mod for a directory outside every module of the tree")
	}
}

// TestWalkLinkedRoot: a tree named through a symbolic link is audited
// (walk once saw the link alone: "no Go files to audit").
func TestWalkLinkedRoot(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "src", "app")
	if err := os.MkdirAll(filepath.Join(tree, "face"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{
		"go.mod":       "module example.com/app\n",
		"main.go":      "package main\n",
		"face/face.go": "package face\n",
	} {
		if err := os.WriteFile(filepath.Join(tree, filepath.FromSlash(name)), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "app")
	if err := os.Symlink(tree, link); err != nil {
		t.Fatal(err)
	}
	dirs, modRoots, _, err := walk(link)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range dirs {
		got = append(got, d.Rel+": "+strings.Join(d.GoFiles, " "))
	}
	if want := []string{".: main.go", "face: face.go"}; !slices.Equal(got, want) {
		t.Errorf("walk(link) = %q, want %q", got, want)
	}
	if want := []string{"."}; !slices.Equal(modRoots, want) {
		t.Errorf("module roots %q, want %q", modRoots, want)
	}
}

// TestLinksOutside names the symbolic links the audit does not follow out
// of the tree, to Go files and directories, and the dangling ones: their
// code would otherwise be left out in silence. Links into the tree, and
// to files that are no Go files, are not named; nothing is read through a
// link (one to /dev/zero would never end).
func TestLinksOutside(t *testing.T) {
	dir := t.TempDir()
	tree, outside := filepath.Join(dir, "tree"), filepath.Join(dir, "outside")
	write(t, filepath.Join(tree, "go.mod"), []byte("module example.com/tree\n"))
	write(t, filepath.Join(tree, "a.go"), []byte("package a\n"))
	write(t, filepath.Join(outside, "face.go"), []byte("package face\n\nconst detect = \"https://api-us.faceplusplus.com/facepp/v3/detect\"\n"))
	for link, target := range map[string]string{
		"zero.go":       "/dev/zero",
		"face.go":       filepath.Join(outside, "face.go"),
		"gone.go":       filepath.Join(dir, "gone.go"),
		"sub/shared":    outside,
		"sub/inside.go": "../a.go",
		"sub/here":      "..",
		"LICENSE":       filepath.Join(outside, "face.go"),
	} {
		name := filepath.Join(tree, filepath.FromSlash(link))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, name); err != nil {
			t.Fatal(err)
		}
	}
	rep, _, err := Run(&Config{Dir: tree, Analyzers: []*analysis.Analyzer{endpoint.Analyzer}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rep.Problems {
		got = append(got, p.String())
	}
	want := []string{
		tree + "/face.go: a symbolic link to " + outside + "/face.go, outside the audited tree: not read (the audit reads nothing outside it); audit that file's tree too if its code is part of this one",
		tree + "/gone.go: a symbolic link to " + dir + "/gone.go, which does not exist: not read",
		tree + "/sub/shared: a symbolic link to the directory " + outside + ", outside the audited tree: not walked (the audit reads nothing outside it); audit that directory too if its code is part of this one",
		tree + "/zero.go: a symbolic link to /dev/zero, outside the audited tree: not read (the audit reads nothing outside it); audit that file's tree too if its code is part of this one",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(findingLines(rep, func(*output.Package, *output.Finding) string { return "" })); n != 0 {
		t.Errorf("%d findings, want none: nothing is read through a link", n)
	}
}
