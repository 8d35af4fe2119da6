package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// gitEnv makes commits reproducible: the same files give the same hash.
var gitEnv = []string{
	"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
	"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.com", "GIT_AUTHOR_DATE=2026-01-01T00:00:00Z",
	"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.com", "GIT_COMMITTER_DATE=2026-01-01T00:00:00Z",
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), gitEnv...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestProvenance checks the provenance of the reports through the built
// binary: the scanned patterns and modules, the git revision read from
// .git, whether the tree has uncommitted changes, the date from
// SOURCE_DATE_EPOCH, the tool and catalog versions and the options; and
// that a repository whose own configuration names a command git could
// run (a clean filter, here one that would leave a marker file) gets no
// git status, and says so.
func TestProvenance(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	git(t, root, "init", "-q", "-b", "main")
	git(t, root, "remote", "add", "origin", "https://user:secret@example.com/org/cam.git")
	git(t, root, "add", ".")
	git(t, root, "commit", "-q", "-m", "test tree")
	clean := transcript{name: "provenance-clean", dir: "other", args: []string{"-format", "markdown", "./clean"}}
	clean.check(t, root)

	if err := os.WriteFile(filepath.Join(root, "other", "clean", "new.go"), []byte("package clean\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	transcript{name: "provenance-dirty", dir: "other", args: []string{"audit", "-format", "html", "clean"}}.check(t, root)
	res := transcript{name: "provenance-sarif", dir: "other", args: []string{"./clean", "-format", "sarif"}}.check(t, root)
	var log struct {
		Runs []struct {
			VersionControlProvenance []struct {
				RepositoryURI, RevisionID string
			}
		}
	}
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil {
		t.Fatal(err)
	}
	sarifLog := filepath.Join(t.TempDir(), "provenance.sarif")
	if err := os.WriteFile(sarifLog, []byte(res.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, sarifLog) // versionControlProvenance included
	head := git(t, root, "rev-parse", "HEAD")
	if v := log.Runs[0].VersionControlProvenance; len(v) != 1 || v[0].RevisionID != head || v[0].RepositoryURI != "https://example.com/org/cam.git" {
		t.Errorf("versionControlProvenance = %+v, want revision %s of https://example.com/org/cam.git (no credentials)", v, head)
	}

	// A hostile configuration: git status would run the filter.
	marker := filepath.Join(t.TempDir(), "MARKER")
	git(t, root, "config", "filter.x.clean", "touch "+marker+"; cat")
	if err := os.WriteFile(filepath.Join(root, ".gitattributes"), []byte("* filter=x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A tracked file whose time changed and size did not: git status must
	// read it through the filter to tell whether it changed. (A file whose
	// size changed is modified without a read; an unchanged one is read
	// only when its index entry is racy, written in the same second: either
	// made the check below pass or fail with the clock.)
	tracked := filepath.Join(root, "other", "clean", "clean.go")
	st, err := os.Stat(tracked)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(tracked, st.ModTime().Add(time.Hour), st.ModTime().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	transcript{name: "provenance-hostile", dir: "other", args: []string{"audit", "-format", "markdown", "clean"}}.check(t, root)
	if _, err := os.Stat(marker); err == nil {
		t.Errorf("the repository's filter ran: %s exists", marker)
	}
	// The marker is real: git status runs the filter when allowed.
	git(t, root, "status", "--porcelain")
	if _, err := os.Stat(marker); err != nil {
		t.Errorf("git status leaves no marker, so the test proves nothing: %v", err)
	}
}

// TestVersionStamp builds biometriclint from a clone of this repository,
// as the README says, and wants the version that go build stamps: the
// pseudo-version of the commit (the clone is of HEAD: commit first), in
// -version, with the catalog digest.
func TestVersionStamp(t *testing.T) {
	repo := repoRoot(t)
	head := git(t, repo, "rev-parse", "HEAD")
	clone := filepath.Join(t.TempDir(), "clone")
	git(t, repo, "clone", "-q", "--no-hardlinks", repo, clone)
	bin := filepath.Join(t.TempDir(), "biometriclint")
	build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, "./cmd/biometriclint")
	build.Dir = clone
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "-version").Output()
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(out), "\n")
	if !strings.HasPrefix(first, "biometriclint v0.0.0-") || !strings.HasSuffix(first, "-"+head[:12]) {
		t.Errorf("-version printed %q, want the pseudo-version of %s", first, head)
	}
	if !strings.Contains(string(out), "\ncatalog sha256:") {
		t.Errorf("-version lacks the catalog digest:\n%s", out)
	}
}
