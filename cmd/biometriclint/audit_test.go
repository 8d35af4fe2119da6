package main_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// formats maps each output format to its golden file, and says where the
// command prints it.
var formats = []struct {
	format, golden string
}{
	{"text", "audit.txt"},
	{"json", "audit.json"},
	{"sarif", "audit.sarif"},
	{"markdown", "audit.md"},
	{"html", "audit.html"},
}

// TestAuditGolden audits the realistic tree in every format and compares
// the output with the golden files.
func TestAuditGolden(t *testing.T) {
	dir := extract(t, "tree")
	for _, f := range formats {
		t.Run(f.format, func(t *testing.T) {
			res := run(t, dir, nil, "audit", "-format", f.format, "tree")
			// What could not be analysed, on standard error; the text
			// output also counts the suppressed findings it leaves out.
			if f.format == "text" {
				golden(t, "audit.txt.stderr", res.stderr)
			} else {
				golden(t, "audit.stderr", res.stderr)
			}
			// Findings: 3 for people formats and text, 0 for machine formats.
			want := 3
			if f.format == "json" || f.format == "sarif" {
				want = 1 // the broken package
			}
			if res.code != want {
				t.Errorf("exit code %d, want %d", res.code, want)
			}
			golden(t, f.golden, res.stdout)
		})
	}
}

// TestAuditDeterministic audits two copies of the tree, in different
// directories, and wants byte-identical output in every format.
func TestAuditDeterministic(t *testing.T) {
	a, b := extract(t, "tree"), extract(t, "tree")
	for _, f := range formats {
		ra := run(t, a, nil, "audit", "-format", f.format, "tree")
		rb := run(t, b, nil, "audit", "-format", f.format, "tree")
		if ra != rb {
			t.Errorf("%s: two audits of the same tree differ", f.format)
		}
	}
}

// TestAuditSafe proves the audit's safety claims on the tree: its go.mod
// names a toolchain that does not exist, its cgo preamble cannot compile
// and its go:generate lines would leave a marker file. The audit runs with
// an empty PATH (no go, cc, sh or pkg-config can be started), with
// toolchain switching on and an unreachable proxy; it must still report,
// and leave the tree exactly as it was.
func TestAuditSafe(t *testing.T) {
	dir := extract(t, "tree")
	before := snapshot(t, dir)
	emptyPath := t.TempDir()
	res := run(t, dir, []string{
		"PATH=" + emptyPath,
		"GOTOOLCHAIN=auto",
		"GOPROXY=http://127.0.0.1:1",
		"HTTPS_PROXY=http://127.0.0.1:1", "HTTP_PROXY=http://127.0.0.1:1",
		"CGO_ENABLED=1",
	}, "audit", "tree")
	if res.code != 3 {
		t.Fatalf("exit code %d, want 3; stderr:\n%s", res.code, res.stderr)
	}
	for _, want := range []string{
		"tree/app/main.go:6:2: go-face",              // the module with the unknown toolchain
		"tree/app/cam_windows.go:3:8:",               // a GOOS file
		"tree/app/broken/broken.go:6:7:",             // the broken package, by syntax
		"tree/legacy/src/example.org/kiosk/kiosk.go", // the tree without go.mod
	} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("audit output lacks %q:\n%s", want, res.stdout)
		}
	}
	if after := snapshot(t, dir); !slices.Equal(before, after) {
		t.Errorf("the audit changed the tree:\nbefore %q\nafter  %q", before, after)
	}

	// The markers are real: go generate would have left one.
	gen := exec.Command("sh", "-c", `grep -h '^//go:generate sh' *.go | sed 's|^//go:generate ||' | sh`)
	gen.Dir = filepath.Join(dir, "tree", "app")
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("running the generator by hand: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "tree", "app", "GENERATED_MARKER")); err != nil {
		t.Errorf("the generator line leaves no marker when run, so the test proves nothing: %v", err)
	}
}

// snapshot lists every file of dir with its size.
func snapshot(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		files = append(files, rel+" "+info.Mode().String()+" "+strings.Repeat("#", int(min(info.Size(), 64))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestAuditTyped loads the modules with the go command, offline: the
// module whose go.mod names an unknown toolchain cannot load under
// GOTOOLCHAIN=local and is analysed by syntax, and the report says so.
func TestAuditTyped(t *testing.T) {
	dir := extract(t, "tree")
	before := snapshot(t, dir)
	res := run(t, dir, []string{"GOMODCACHE=" + t.TempDir(), "GOFLAGS=-mod=mod"}, "audit", "-typed", "tree")
	if res.code != 3 {
		t.Fatalf("exit code %d, want 3; stderr:\n%s", res.code, res.stderr)
	}
	for _, want := range []string{
		"tree/app/go.mod: module not loaded, analysed by syntax:",
		"example.com/svc/verify: does not type-check, unresolved uses found by syntax:",
	} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("typed audit's standard error lacks %q:\n%s", want, res.stderr)
		}
	}
	for _, want := range []string{
		"tree/app/main.go:6:2: go-face",
		"tree/svc/verify/verify.go:18:6:",
	} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("typed audit's findings lack %q:\n%s", want, res.stdout)
		}
	}
	if after := snapshot(t, dir); !slices.Equal(before, after) {
		t.Errorf("the typed audit changed the tree:\nbefore %q\nafter  %q", before, after)
	}
}
