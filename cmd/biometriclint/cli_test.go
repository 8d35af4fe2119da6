package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// TestNoArguments prints the usage and exits 2, as the go command does.
func TestNoArguments(t *testing.T) {
	res := run(t, t.TempDir(), nil)
	if res.code != 2 || res.stdout != "" || !strings.Contains(res.stderr, "Exit status:\n") {
		t.Errorf("exit code %d, want 2 and the usage on standard error; stdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
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
