package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRunGolden runs the normal run (type-checked, wrappers tracked) on
// the shop module in every format and compares the whole output with the
// golden files: one finding per capability use, the refined category kept
// through the wrapper, chains and supporting evidence, the unresolved
// loader in the inventory, the excluded file's syntax error as a problem.
func TestRunGolden(t *testing.T) {
	dir := filepath.Join(extract(t, "shop"), "tree")
	for _, f := range formats {
		t.Run(f.format, func(t *testing.T) {
			res := run(t, dir, moduleEnv, "-format", f.format, "./...")
			// Exit codes: findings fail the people formats; the machine
			// formats exit 1 for the excluded file that did not parse.
			want := 3
			if f.format == "json" || f.format == "sarif" {
				want = 1
			}
			if res.code != want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", res.code, want, res.stderr)
			}
			// The module lives in a temporary directory: name it $DIR.
			norm := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }
			golden(t, "run.stderr", norm(res.stderr))
			golden(t, "run."+strings.TrimPrefix(filepath.Ext(f.golden), "."), norm(res.stdout))
		})
	}
}
