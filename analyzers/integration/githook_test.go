package integration

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGitHook installs scripts/hooks/pre-commit as a plain git hook: a
// commit touching no Go file passes without running biometriclint, a clean
// Go commit passes, a commit adding a Rekognition DetectFaces call is
// blocked with its findings.
func TestGitHook(t *testing.T) {
	tool := biometriclint(t)
	repo := consumerRepo(t)
	hook, err := os.ReadFile(filepath.Join(repoRoot(t), "scripts", "hooks", "pre-commit"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, ".git", "hooks", "pre-commit"), hook, 0o755); err != nil {
		t.Fatal(err)
	}
	env := append(append([]string{"PATH=" + filepath.Dir(tool) + string(os.PathListSeparator) + os.Getenv("PATH")}, hermetic...), gitEnv...)

	git(t, repo, "add", "go.mod", "clean.go")
	if res := run(t, repo, env, "git", "commit", "-q", "-m", "clean"); res.code != 0 {
		t.Fatalf("clean commit: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}

	addFace(t, repo)
	res := run(t, repo, env, "git", "commit", "-q", "-m", "add face detection")
	if res.code != 1 {
		t.Errorf("commit adding DetectFaces: exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	assertLines(t, "git hook findings", findingLines(res.stdout+res.stderr, repo), format(want.String, findings(t, faceSites)))
	if n := commitCount(t, repo); n != "1" {
		t.Errorf("%s commits after the blocked one, want 1", n)
	}

	// face.go stays in the tree, unstaged: a commit of a non-Go file does
	// not run biometriclint, so it is not blocked.
	git(t, repo, "reset", "-q", "face.go")
	if err := os.WriteFile(filepath.Join(repo, "NOTES"), []byte("notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, repo, "add", "NOTES")
	if res := run(t, repo, env, "git", "commit", "-q", "-m", "notes"); res.code != 0 {
		t.Errorf("commit of a non-Go file: exit %d, want 0\n%s%s", res.code, res.stdout, res.stderr)
	}
}
