package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

// A transcript is one run of the built command, as a user sees it: the
// command line, the exit code, standard output and standard error. The
// golden transcripts are testdata/transcripts/NAME.txtar; go test -update
// rewrites them.
type transcript struct {
	name string
	dir  string   // working directory, relative to the extracted archive
	env  []string // added to moduleEnv
	args []string
}

// extractTo writes the archive testdata/transcripts/NAME.txtar into a new
// temporary directory and returns it.
func extractTo(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	unpack(t, filepath.Join("testdata", "transcripts", name+".txtar"), dir)
	return dir
}

// check runs tc in root (an extracted archive) and compares the transcript
// with its golden file. Temporary directories are written as $WORK, so
// that the transcript does not depend on where the test runs.
func (tc transcript) check(t *testing.T, root string) result {
	t.Helper()
	res := run(t, filepath.Join(root, filepath.FromSlash(tc.dir)), append(append([]string{}, moduleEnv...), tc.env...), tc.args...)
	modCache := goenv.MustVar(t, "GOMODCACHE") // written as $GOMODCACHE
	clean := func(s string) string {
		s = strings.ReplaceAll(s, modCache, "$GOMODCACHE")
		s = strings.ReplaceAll(s, catalogDigest, "CATALOG-DIGEST")
		s = strings.ReplaceAll(s, root, "$WORK")
		if real, err := filepath.EvalSymlinks(root); err == nil {
			s = strings.ReplaceAll(s, real, "$WORK")
		}
		return s
	}
	comment := "cd " + tc.dir + "\n"
	if len(tc.env) > 0 {
		comment += "env " + strings.Join(tc.env, " ") + "\n"
	}
	comment += fmt.Sprintf("$ biometriclint %s\nexit %d\n", strings.Join(tc.args, " "), res.code)
	ar := &txtar.Archive{
		Comment: []byte(comment),
		Files: []txtar.File{
			{Name: "stdout", Data: []byte(clean(res.stdout))},
			{Name: "stderr", Data: []byte(clean(res.stderr))},
		},
	}
	got := string(txtar.Format(ar))
	path := filepath.Join("testdata", "transcripts", tc.name+".txtar")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return res
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s: the transcript differs from %s (go test -update rewrites it):\n%s", tc.name, path, diff(string(want), got))
	}
	return res
}
