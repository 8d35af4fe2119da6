package audit

import "testing"

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
