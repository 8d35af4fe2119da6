package integration

import (
	"strings"
	"testing"
)

// TestGoVet runs biometriclint as a go vet tool: go vet speaks the
// unitchecker protocol to it, one package at a time, and must print the
// findings and fail. (A tool built against an x/tools older than the go
// command passes silently, which is what this test guards against.)
func TestGoVet(t *testing.T) {
	tool := biometriclint(t)
	app := copyApp(t)
	for _, tc := range []struct {
		name     string
		args     []string
		findings []string
	}{
		{"default build", nil, format(want.String, untaggedFindings(t, faceSites, reviewedSites, voiceSites, taggedSites))},
		{"biometrics tag", []string{"-tags=biometrics"},
			format(want.String, findings(t, faceSites, reviewedSites, voiceSites, taggedSites))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"vet", "-vettool=" + tool}, tc.args...)
			res := run(t, app, hermetic, "go", append(args, "./...")...)
			if res.code != 1 {
				t.Errorf("go vet exited %d with findings, want 1; stderr:\n%s", res.code, res.stderr)
			}
			// go vet prints findings as ./file:line:col: message on stderr,
			// under a "# package" header per package.
			got := lines(res.stderr, func(l string) bool { return !strings.HasPrefix(l, "# ") })
			for i, l := range got {
				got[i] = strings.TrimPrefix(l, "./")
			}
			assertLines(t, "go vet findings", got, tc.findings)
		})
	}
}

// TestGoVetClean checks that go vet passes on code without findings.
func TestGoVetClean(t *testing.T) {
	res := run(t, copyApp(t), hermetic, "go", "vet", "-vettool="+biometriclint(t), "clean.go")
	if res.code != 0 || res.stderr != "" {
		t.Errorf("go vet clean.go: exit %d, stderr:\n%s", res.code, res.stderr)
	}
}
