package main_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary/bintest"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/audit/golden")

// binary is biometriclint built once for the tests: they run the real
// command, as users do.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "biometriclint-test")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "biometriclint")
	// -buildvcs=false: the version is "(devel)" whatever the state of the
	// clone, so that the golden reports do not change with each commit
	// (TestVersionStamp checks the stamped version).
	if out, err := exec.Command("go", "build", "-buildvcs=false", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	bintest.Cleanup() // the executables binary_test.go built
	os.Exit(code)
}

// extract writes the txtar archive testdata/audit/NAME.txtar under a new
// temporary directory, as dir/tree, and returns dir.
func extract(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	unpack(t, filepath.Join("testdata", "audit", name+".txtar"), filepath.Join(dir, "tree"))
	return dir
}

// unpack writes the files of the txtar archive at path under dir.
func unpack(t *testing.T, path, dir string) {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	write(t, ar, dir)
}

// write writes the files of the txtar archive ar under dir.
func write(t *testing.T, ar *txtar.Archive, dir string) {
	t.Helper()
	fsys, err := txtar.FS(ar)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
}

// result is one run of the command.
type result struct {
	stdout, stderr string
	code           int
}

// run runs biometriclint in dir with args and extra environment.
func run(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	// A fixed report date (2026-01-01), unless env sets another.
	cmd.Env = append(append(os.Environ(), "SOURCE_DATE_EPOCH="+testDate), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{stdout.String(), stderr.String(), code}
}

// testDate is the SOURCE_DATE_EPOCH of the tests' runs.
const testDate = "1767225600"

// catalogDigest is the embedded catalog's digest, written CATALOG-DIGEST in
// golden files: a change of any catalog entry does not touch them, and
// the reports must carry the real digest to match.
var catalogDigest = catalog.EmbeddedDigest()

// golden compares got with testdata/audit/golden/name, or rewrites it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	got = strings.ReplaceAll(got, catalogDigest, "CATALOG-DIGEST")
	path := filepath.Join("testdata", "audit", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, diff(string(want), got))
	}
}

// diff shows the first differing line, enough to locate a change.
func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n-" + w + "\n+" + g
		}
	}
	return "(same lines, different bytes)"
}

// repoRoot is the module root, where setup scripts install tools into .cache.
func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}
