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
