package problems

import (
	"errors"
	"testing"
)

// TestSummary removes the go command's framing and keeps the line that a
// colon announces (the command that fixes the problem).
func TestSummary(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"err: exit status 1: stderr: go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n",
			"go.mod file not found in current directory or any parent directory; see 'go help modules'"},
		{"no required module provides package github.com/Kagami/go-face; to add it:\n\tgo get github.com/Kagami/go-face",
			"no required module provides package github.com/Kagami/go-face; to add it: go get github.com/Kagami/go-face"},
		{"# example.com/syn/s\ns/s.go:5:1: syntax error: unexpected }, expected expression",
			"s/s.go:5:1: syntax error: unexpected }, expected expression"},
		{"exit status 1: stderr: go: errors parsing go.mod:\ngo.mod:5: usage: require module/path v1.2.3\n",
			"errors parsing go.mod: go.mod:5: usage: require module/path v1.2.3"},
	} {
		if got := Summary(tc.msg); got != tc.want {
			t.Errorf("Summary(%q)\n got %q\nwant %q", tc.msg, got, tc.want)
		}
	}
}

// TestFromLoad explains a missing go.mod plainly.
func TestFromLoad(t *testing.T) {
	for _, msg := range []string{
		"err: exit status 1: stderr: go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
		"pattern ./...: directory prefix . does not contain main module or its selected dependencies",
	} {
		p := FromLoad(errors.New(msg), "./legacy")
		if want := NoModule("./legacy"); p.Package != "./legacy" || p.Reason != want {
			t.Errorf("FromLoad(%q) = %s, want ./legacy: %s", msg, p, want)
		}
	}
}

// TestFromLoadFailure names the audit when the go command fails for a
// whole directory, and does not name it twice.
func TestFromLoadFailure(t *testing.T) {
	for msg, want := range map[string]string{
		"err: exit status 1: stderr: go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)": "the go command failed: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local); nothing under it is analysed: fix that and run again, or run biometriclint audit ./legacy, which needs no go command",
		"./... matched no packages (biometriclint audit checks every file)":                                 "the go command failed: ./... matched no packages (biometriclint audit checks every file)",
	} {
		if p := FromLoad(errors.New(msg), "./legacy"); p.Package != "./legacy" || p.Reason != want {
			t.Errorf("FromLoad(%q) = %s\nwant ./legacy: %s", msg, p, want)
		}
	}
}

// TestRenamePos renames the file of a position and keeps line and column.
func TestRenamePos(t *testing.T) {
	rename := renamePos(func(name string) string { return "rel/" + name[len("/abs/"):] })
	for in, want := range map[string]string{
		"/abs/a.go:3:8: ": "rel/a.go:3:8: ",
		"/abs/a.go:3:8":   "rel/a.go:3:8",
		"/abs/a.go:3":     "rel/a.go:3",
		"":                "",
	} {
		if got := rename(in); got != want {
			t.Errorf("renamePos(%q) = %q, want %q", in, got, want)
		}
	}
}
