package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// TestCommandLine checks the command line through the built binary:
// findings on standard output in every format, notes about the run on
// standard error, file names relative to the working directory, flags after
// the arguments, and exit code 2 for usage errors.
func TestCommandLine(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	for _, tc := range []transcript{
		{name: "run-text", dir: ".", args: []string{"./cam"}},
		{name: "run-flags-after", dir: ".", args: []string{"./cam", "-format", "json", "-test=false"}},
		{name: "run-dashdash", dir: ".", args: []string{"-format=json", "--", "./cam"}},
		{name: "run-subdir", dir: "cam", args: []string{"."}},
		{name: "run-parent", dir: "other", args: []string{"../cam"}},
		{name: "usage-format", dir: ".", args: []string{"./cam", "-format", "xml"}},
		{name: "usage-flag", dir: ".", args: []string{"-nosuch", "./cam"}},
		{name: "usage-fail-on", dir: ".", args: []string{"-fail-on", "sometimes", "./cam"}},
		{name: "usage-audit-dirs", dir: ".", args: []string{"audit", "cam", "other"}},
		{name: "audit-flags-after", dir: ".", args: []string{"audit", "stale", "-format", "text"}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, root) })
	}
}

// TestNoArguments prints the usage and exits 2, as the go command does;
// -help prints it and exits 0.
func TestNoArguments(t *testing.T) {
	res := run(t, t.TempDir(), nil)
	if res.code != 2 || res.stdout != "" || !strings.Contains(res.stderr, "Exit status:\n") {
		t.Errorf("exit code %d, want 2 and the usage on standard error; stdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	for _, args := range [][]string{{"-help"}, {"audit", "-help"}, {"./...", "-h"}} {
		res := run(t, t.TempDir(), nil, args...)
		if res.code != 0 || !strings.HasPrefix(res.stderr, "biometriclint ") || !strings.Contains(res.stderr, "\n  -format string\n") {
			t.Errorf("%v: exit code %d, want 0 and the usage with the flags first; stderr:\n%s", args, res.code, res.stderr)
		}
	}
}

// TestOutputFile checks that -o takes the findings, in every format, and
// leaves standard output empty.
func TestOutputFile(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	for _, f := range formats {
		out := filepath.Join(t.TempDir(), f.golden)
		res := run(t, root, moduleEnv, "./cam", "-format", f.format, "-o", out)
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if res.stdout != "" || res.stderr != "" {
			t.Errorf("%s: output outside -o:\nstdout:\n%s\nstderr:\n%s", f.format, res.stdout, res.stderr)
		}
		if !strings.Contains(string(data), "cam/cam.go") || strings.Contains(string(data), root) {
			t.Errorf("%s: the file does not name cam/cam.go relative to the working directory:\n%s", f.format, data)
		}
	}
}

// noPkgConfig points pkg-config at a directory without .pc files, so that
// OpenCV is missing whatever the machine has installed; CGO_ENABLED=1 needs
// a C compiler (scripts/setup.d installs gcc).
var noPkgConfig = []string{"CGO_ENABLED=1", "PKG_CONFIG_PATH=", "PKG_CONFIG_LIBDIR=/nonexistent/biometriclint"}

// TestProblems runs inputs that cannot be fully analysed, through the
// built binary: each root cause is one line on standard error, without the
// go command's framing, and the findings that can still be made are made.
// The gocv case needs gocv.io/x/gocv v0.41.0 in the module cache
// (scripts/setup.d/10-testdata-modules.sh).
func TestProblems(t *testing.T) {
	root := extractTo(t, "problems")
	testsetup.Modules(t, filepath.Join(root, "gocv"))
	testsetup.Tool(t, "gcc", "20-cgo.sh")
	for _, tc := range []transcript{
		{name: "problem-cgo", dir: "gocv", env: noPkgConfig, args: []string{"./..."}},
		{name: "problem-cgo-verbose", dir: "gocv", env: noPkgConfig, args: []string{"-v", "./use"}},
		{name: "problem-cgo-off", dir: "gocv", env: []string{"CGO_ENABLED=0"}, args: []string{"./..."}},
		{name: "problem-missing-module", dir: "missing", args: []string{"./..."}},
		{name: "problem-missing-module-readonly", dir: "missing", env: []string{"GOFLAGS=-mod=readonly"}, args: []string{"./..."}},
		{name: "problem-no-gomod", dir: "nomod", args: []string{"./..."}},
		{name: "problem-no-gomod-dir", dir: "nomod", args: []string{"."}},
		{name: "problem-syntax", dir: "syntax", args: []string{"./..."}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, root) })
	}
}

// TestWholeRepository runs the typed run and the audit at the root of a
// repository of several modules (nested go.mod files, a go.work): every
// module is analysed, and the one that cannot be is named with the reason.
func TestWholeRepository(t *testing.T) {
	root := extractTo(t, "repo")
	for _, tc := range []transcript{
		{name: "repo-run", dir: ".", env: []string{"GOFLAGS=", "GOWORK="}, args: []string{"./..."}},
		{name: "repo-run-workspace", dir: "ws", env: []string{"GOFLAGS=", "GOWORK="}, args: []string{"./..."}},
		{name: "repo-run-subdir", dir: "app", env: []string{"GOFLAGS=", "GOWORK="}, args: []string{"../examples/...", "../ws/c"}},
		{name: "repo-audit", dir: ".", args: []string{"audit", "."}},
		{name: "repo-audit-typed", dir: ".", args: []string{"audit", "-typed", "."}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, root) })
	}
}

// TestNoGoFiles checks that a tree without Go files is not a pass: the
// audit of an empty directory, or of one whose only Go files are in
// testdata, says so and exits 1; so does the run.
func TestNoGoFiles(t *testing.T) {
	root := t.TempDir()
	for _, dir := range []string{"empty", "docs/testdata"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range map[string]string{
		"docs/README.md":        "# not Go\n",
		"docs/go.mod":           "module example.com/docs\n\ngo 1.22\n",
		"docs/testdata/face.go": "package face\n\nvar Model = \"haarcascade_frontalface_default.xml\"\n",
	} {
		if err := os.WriteFile(filepath.Join(root, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []transcript{
		{name: "nogo-audit-empty", dir: ".", args: []string{"audit", "empty"}},
		{name: "nogo-audit-testdata-only", dir: ".", args: []string{"audit", "docs"}},
		{name: "nogo-audit-json", dir: ".", args: []string{"audit", "-format", "json", "empty"}},
		{name: "nogo-run", dir: "docs", args: []string{"./..."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if res := tc.check(t, root); res.code != 1 {
				t.Errorf("exit code %d, want 1", res.code)
			}
		})
	}
}

// TestAuditVerbose prints the go command's own messages of a typed audit
// under -v, after the problems by root cause.
func TestAuditVerbose(t *testing.T) {
	root := extractTo(t, "problems")
	transcript{name: "audit-typed-verbose", dir: ".", args: []string{"audit", "-typed", "-v", "syntax"}}.check(t, root)
}
