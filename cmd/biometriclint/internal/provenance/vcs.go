package provenance

import (
	"bufio"
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/internal/readlimit"
)

// VCS returns the git revision of the repository that holds dir, or nil
// when dir is in none. runGit allows git status.
func VCS(dir string, runGit bool) *output.VCS {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	work, gitDir := findGit(abs)
	if gitDir == "" {
		return nil
	}
	v := &output.VCS{System: "git"}
	common := commonDir(gitDir)
	rev, err := head(gitDir, common)
	if err != nil {
		v.Revision = "unknown (" + err.Error() + ")"
	} else {
		v.Revision = rev
	}
	v.Remote = remote(common)
	switch {
	case !runGit:
		v.Dirty = "unknown (git status not run: -vcs=false)"
	default:
		if why := unsafeConfig(gitDir, common); why != "" {
			v.Dirty = "unknown (git status not run: the repository's configuration " + why + ")"
		} else {
			v.Dirty = status(work)
		}
	}
	return v
}

// findGit returns the work tree and git directory of the repository that
// holds dir: the nearest .git, a directory or a "gitdir:" file.
func findGit(dir string) (work, gitDir string) {
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, ".git")
		if fi, err := os.Stat(p); err == nil {
			if fi.IsDir() {
				return d, p
			}
			if data, err := readlimit.ReadFile(p); err == nil {
				if g, ok := strings.CutPrefix(strings.TrimSpace(string(data)), "gitdir:"); ok {
					g = strings.TrimSpace(g)
					if !filepath.IsAbs(g) {
						g = filepath.Join(d, g)
					}
					return d, g
				}
			}
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
}

// commonDir is the directory of a worktree's shared refs and config.
func commonDir(gitDir string) string {
	data, err := readlimit.ReadFile(filepath.Join(gitDir, "commondir"))
	if err != nil {
		return gitDir
	}
	c := strings.TrimSpace(string(data))
	if !filepath.IsAbs(c) {
		c = filepath.Join(gitDir, c)
	}
	return c
}

var hashRE = regexp.MustCompile(`^[0-9a-f]{40}([0-9a-f]{24})?$`)

// head resolves HEAD from the files of the git directory.
func head(gitDir, common string) (string, error) {
	data, err := readlimit.ReadFile(filepath.Join(gitDir, "HEAD"))
	if err != nil {
		return "", err
	}
	h := strings.TrimSpace(string(data))
	ref, ok := strings.CutPrefix(h, "ref: ")
	if !ok {
		if hashRE.MatchString(h) {
			return h, nil
		}
		return "", errorf("HEAD is neither a reference nor a commit")
	}
	if !strings.HasPrefix(ref, "refs/") || strings.Contains(ref, "..") {
		return "", errorf("HEAD names an unexpected reference")
	}
	for _, d := range []string{gitDir, common} {
		if data, err := readlimit.ReadFile(filepath.Join(d, filepath.FromSlash(ref))); err == nil {
			if h := strings.TrimSpace(string(data)); hashRE.MatchString(h) {
				return h, nil
			}
		}
	}
	if data, err := readlimit.ReadFile(filepath.Join(common, "packed-refs")); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) == 2 && f[1] == ref && hashRE.MatchString(f[0]) {
				return f[0], nil
			}
		}
	}
	return "", errorf("no commit yet on " + strings.TrimPrefix(ref, "refs/heads/"))
}

type errorf string

func (e errorf) Error() string { return string(e) }

var urlRE = regexp.MustCompile(`(?m)^\s*url\s*=\s*(\S+)\s*$`)

// remote is the URL of the origin remote, without credentials, or "".
func remote(common string) string {
	data, err := readlimit.ReadFile(filepath.Join(common, "config"))
	if err != nil {
		return ""
	}
	s := string(data)
	i := strings.Index(s, `[remote "origin"]`)
	if i < 0 {
		return ""
	}
	s = s[i+len(`[remote "origin"]`):]
	if j := strings.Index(s, "\n["); j >= 0 {
		s = s[:j]
	}
	m := urlRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	u, err := url.Parse(m[1])
	if err != nil || u.Scheme == "" {
		return "" // scp-like addresses and paths say nothing a reader can follow
	}
	u.User = nil
	return u.String()
}

// unsafeConfig says why git status must not run in the repository: its
// configuration (shared or per worktree) names a command git could start,
// or includes a file that might.
func unsafeConfig(gitDir, common string) string {
	for _, f := range []string{filepath.Join(common, "config"), filepath.Join(gitDir, "config.worktree")} {
		data, err := readlimit.ReadFile(f)
		if err != nil {
			continue
		}
		s := strings.ToLower(string(data))
		for _, key := range []string{"[filter", "fsmonitor", "[include", "hookspath"} {
			if strings.Contains(s, key) {
				return "defines " + strings.TrimPrefix(key, "[") + " settings"
			}
		}
	}
	return ""
}

// status runs git status in the work tree and says whether it is dirty.
func status(work string) string {
	git, err := exec.LookPath("git")
	if err != nil {
		return "unknown (git not found)"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, git,
		"--no-optional-locks",
		"-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.untrackedCache=false",
		"-C", work, "status", "--porcelain", "--ignore-submodules=all")
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0")
	out, err := cmd.Output()
	if err != nil {
		return "unknown (git status failed)"
	}
	if len(bytes.TrimSpace(out)) > 0 {
		return "yes"
	}
	return "no"
}
