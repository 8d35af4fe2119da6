package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// TestDiscoverDrafts checks the drafts biometriclint discover prints for a
// module with an unknown face API, native library and model, against a
// golden file, and that they load with the catalog's own loader.
func TestDiscoverDrafts(t *testing.T) {
	out := filepath.Join(t.TempDir(), "drafts.yaml")
	if code := discoverMain([]string{"-o", out, "testdata/discover/acme"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	golden := "testdata/discover/acme.golden.yaml"
	// -update is registered by the external test package (main_test.go),
	// in the same test binary.
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("drafts differ from %s (go test -update rewrites it):\n%s", golden, got)
	}
	cat, err := catalog.Load(fstest.MapFS{"draft.yaml": {Data: got}}, "*.yaml")
	if err != nil {
		t.Fatalf("the drafts do not load as catalog data: %v", err)
	}
	if len(cat.Entries) != 1 || len(cat.Endpoints()) == 0 || len(cat.NativeLibs()) == 0 || len(cat.Models()) == 0 {
		t.Errorf("drafts: %d entries, %d endpoints, %d native libraries, %d models; want 1 entry with each", len(cat.Entries), len(cat.Endpoints()), len(cat.NativeLibs()), len(cat.Models()))
	}
}

// TestDiscoverNothing: a tree without possible findings gets a comment,
// not an empty entry.
func TestDiscoverNothing(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte("package a\n\nfunc Interface() {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "drafts.yaml")
	if code := discoverMain([]string{"-o", out, dir}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	got, _ := os.ReadFile(out)
	if want := "# No possible finding: nothing to draft.\n"; len(got) < len(want) || string(got[len(got)-len(want):]) != want {
		t.Errorf("got %q", got)
	}
}
