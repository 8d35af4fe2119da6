package integration

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gitEnv keeps the user's git configuration out of the throwaway
// repositories and names the committer.
var gitEnv = []string{
	"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
	"GIT_AUTHOR_NAME=biometriclint test", "GIT_AUTHOR_EMAIL=test@biometriclint.invalid",
	"GIT_COMMITTER_NAME=biometriclint test", "GIT_COMMITTER_EMAIL=test@biometriclint.invalid",
}

// git runs git in dir and fails the test unless it succeeds.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	res := run(t, dir, gitEnv, "git", args...)
	if res.code != 0 {
		t.Fatalf("git %s: exit %d\n%s%s", strings.Join(args, " "), res.code, res.stdout, res.stderr)
	}
	return res.stdout
}

// consumerRepo makes a git repository of a copy of testdata/app holding
// only go.mod, without the Voice ID requirement, and clean.go: nothing to
// report. It returns the repository.
func consumerRepo(t *testing.T) string {
	t.Helper()
	requireTool(t, "git")
	app := copyApp(t)
	for _, name := range []string{"face.go", "reviewed.go", "voice.go", "tagged"} {
		if err := os.RemoveAll(filepath.Join(app, name)); err != nil {
			t.Fatal(err)
		}
	}
	if res := run(t, app, hermetic, "go", "mod", "edit", "-droprequire="+voiceid, "-dropreplace="+voiceid); res.code != 0 {
		t.Fatalf("go mod edit: %s", res.stderr)
	}
	git(t, app, "init", "-q", "-b", "main")
	return app
}

// commitCount is the number of commits on HEAD.
func commitCount(t *testing.T, repo string) string {
	return strings.TrimSpace(git(t, repo, "rev-list", "--count", "HEAD"))
}

// addFace writes face.go (a Rekognition DetectFaces call) back into the
// consumer repository and stages it.
func addFace(t *testing.T, repo string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "analyzers", "integration", "testdata", "app", "face.go"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "face.go"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, repo, "add", "face.go")
}

// findingLines returns the lines of out that are findings (file:line:col:
// message), with dir stripped from their paths, sorted.
func findingLines(out, dir string) []string {
	got := lines(out, func(l string) bool {
		l = strings.TrimPrefix(l, dir+string(filepath.Separator))
		name, _, ok := strings.Cut(l, ":")
		return ok && strings.HasSuffix(name, ".go")
	})
	for i, l := range got {
		got[i] = strings.TrimPrefix(strings.TrimPrefix(l, dir+string(filepath.Separator)), "./")
	}
	return got
}
