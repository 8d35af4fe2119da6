package provenance

import (
	"os"
	"path/filepath"
	"testing"
)

const rev = "0123456789abcdef0123456789abcdef01234567"

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVCSFiles reads the revision from the files of .git, as git leaves
// them: a loose branch reference, a packed one, a detached HEAD, and a
// worktree whose .git is a gitdir: file; git itself is not run.
func TestVCSFiles(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"loose":    {".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": rev + "\n"},
		"packed":   {".git/HEAD": "ref: refs/heads/main\n", ".git/packed-refs": "# pack-refs with: peeled fully-peeled sorted\n" + rev + " refs/heads/main\n"},
		"detached": {".git/HEAD": rev + "\n"},
		"worktree": {
			"main/.git/refs/heads/feature":     rev + "\n",
			"main/.git/worktrees/wt/HEAD":      "ref: refs/heads/feature\n",
			"main/.git/worktrees/wt/commondir": "../..\n",
			"wt/.git":                          "gitdir: ../main/.git/worktrees/wt\n",
		},
	} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			for f, data := range files {
				write(t, filepath.Join(root, filepath.FromSlash(f)), data)
			}
			dir := root
			if name == "worktree" {
				dir = filepath.Join(root, "wt")
			}
			sub := filepath.Join(dir, "pkg")
			os.MkdirAll(sub, 0o755)
			v := VCS(sub, false)
			if v == nil || v.Revision != rev {
				t.Fatalf("VCS = %+v, want revision %s", v, rev)
			}
			if v.Dirty != "unknown (git status not run: -vcs=false)" {
				t.Errorf("Dirty = %q with -vcs=false", v.Dirty)
			}
		})
	}
}

// TestVCSRemote keeps the origin URL without its credentials, and leaves
// out addresses a reader cannot follow.
func TestVCSRemote(t *testing.T) {
	for config, want := range map[string]string{
		"[remote \"origin\"]\n\turl = https://user:token@example.com/org/repo.git\n": "https://example.com/org/repo.git",
		"[remote \"origin\"]\n\turl = git@example.com:org/repo.git\n":                "",
		"[remote \"upstream\"]\n\turl = https://example.com/u.git\n":                 "",
	} {
		root := t.TempDir()
		write(t, filepath.Join(root, ".git", "config"), config)
		if got := remote(filepath.Join(root, ".git")); got != want {
			t.Errorf("remote of %q = %q, want %q", config, got, want)
		}
	}
}

// TestNoRepository is nil outside any repository.
func TestNoRepository(t *testing.T) {
	if v := VCS(t.TempDir(), false); v != nil {
		t.Errorf("VCS = %+v outside a repository", v)
	}
}
