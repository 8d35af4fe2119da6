package testsetup

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestStubCases lays out cases as the stub SDK module does and wants each
// analyzer's directories, found without a list.
func TestStubCases(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"sdksymbol/a/a.go", "sdksymbol/b/b.go", "sdksymbol/b/deeper/c.go", "sdkimport/imports/i.go", "sdkimport/notes/README.md", "go.mod"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("package x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := StubCases(t, root, "sdksymbol"), []string{"./sdksymbol/a", "./sdksymbol/b", "./sdksymbol/b/deeper"}; !slices.Equal(got, want) {
		t.Errorf("sdksymbol cases %q, want %q", got, want)
	}
	if got, want := StubCases(t, root, "sdkimport"), []string{"./sdkimport/imports"}; !slices.Equal(got, want) {
		t.Errorf("sdkimport cases %q, want %q", got, want)
	}
}

// TestStubCasesOrphan wants a case outside every analyzer's directory
// reported: no test would run it.
func TestStubCasesOrphan(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"sdksymbol/a/a.go", "stray/s.go"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("package x\n"), 0o644)
	}
	ft := &fakeT{TB: t}
	stubCases(ft, root, "sdksymbol", []string{"sdksymbol"})
	if !ft.failed {
		t.Error("a case under stray/ was not reported")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()                           {}
func (f *fakeT) Errorf(format string, args ...any) { f.failed = true }
