package integration

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

// hookRepo makes a git repository, tagged v0.0.0-test, of this
// repository's HEAD commit (what users clone; uncommitted changes are not
// part of it): pre-commit clones hook repositories at a tag and runs
// go install ./... at their root.
func hookRepo(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	archive := filepath.Join(t.TempDir(), "head.tar")
	git(t, repoRoot(t), "archive", "-o", archive, "HEAD")
	if res := run(t, dst, nil, "tar", "-xf", archive); res.code != 0 {
		t.Fatalf("tar -xf %s: exit %d\n%s", archive, res.code, res.stderr)
	}
	git(t, dst, "init", "-q", "-b", "main")
	git(t, dst, "add", "-A")
	git(t, dst, "commit", "-q", "-m", "biometriclint under test")
	git(t, dst, "tag", "v0.0.0-test")
	return dst
}

// TestPreCommit installs the documented .pre-commit-config.yaml, pointed
// at a copy of this repository, with Debian's pre-commit in a throwaway
// repository: a clean commit passes, a commit adding a Rekognition
// DetectFaces call is blocked with its findings.
func TestPreCommit(t *testing.T) {
	requireTool(t, "pre-commit")
	hooks := hookRepo(t)
	repo := consumerRepo(t)

	conf, err := os.ReadFile(filepath.Join(repoRoot(t), "docs", "precommit", ".pre-commit-config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	conf = regexp.MustCompile(`(?m)^(\s*- repo:).*$`).ReplaceAll(conf, []byte("${1} "+hooks))
	conf = regexp.MustCompile(`(?m)^(\s*rev:).*$`).ReplaceAll(conf, []byte("${1} v0.0.0-test"))
	if err := os.WriteFile(filepath.Join(repo, ".pre-commit-config.yaml"), conf, 0o644); err != nil {
		t.Fatal(err)
	}

	// pre-commit installs the hook with GOPATH set to its environment
	// directory: the module cache must be named to stay the shared one.
	gomodcache := goenv.MustVar(t, "GOMODCACHE")
	env := append(append([]string{
		"PRE_COMMIT_HOME=" + t.TempDir(),
		"GOMODCACHE=" + gomodcache,
	}, hermetic...), gitEnv...)
	if res := run(t, repo, env, "pre-commit", "install"); res.code != 0 {
		t.Fatalf("pre-commit install: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}

	git(t, repo, "add", ".pre-commit-config.yaml", "go.mod", "clean.go")
	res := run(t, repo, env, "git", "commit", "-m", "clean")
	if res.code != 0 || !regexp.MustCompile(`biometriclint \(.*\)\.+Passed`).MatchString(res.stdout+res.stderr) {
		t.Fatalf("clean commit: exit %d, want 0 with the hook Passed\n%s%s", res.code, res.stdout, res.stderr)
	}

	addFace(t, repo)
	res = run(t, repo, env, "git", "commit", "-m", "add face detection")
	out := res.stdout + res.stderr
	if res.code == 0 || !regexp.MustCompile(`biometriclint \(.*\)\.+Failed`).MatchString(out) {
		t.Errorf("commit adding DetectFaces: exit %d, want non-zero with the hook Failed\n%s", res.code, out)
	}
	assertLines(t, "pre-commit findings", findingLines(out, repo), format(want.String, findings(t, faceSites)))
	if n := commitCount(t, repo); n != "1" {
		t.Errorf("%s commits after the blocked one, want 1", n)
	}
}
