package integration

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// repoRoot is the root of the biometriclint module.
func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// setupOf names the setup step that installs each tool the tests need.
var setupOf = map[string]string{"pre-commit": "30-pre-commit.sh"}

// requireTool fails the test when name is not on PATH, with one message
// that says how to install it.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	return testsetup.Tool(t, name, setupOf[name])
}

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// biometriclint builds the command once per test binary and returns its path.
func biometriclint(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "biometriclint-bin-")
		if buildErr != nil {
			return
		}
		cmd := exec.Command("go", "build", "-o", buildDir, "./cmd/biometriclint")
		cmd.Dir = repoRoot(t)
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = errors.New(err.Error() + "\n" + string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building cmd/biometriclint: %v", buildErr)
	}
	return filepath.Join(buildDir, "biometriclint")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// result is what a command printed and how it exited.
type result struct {
	stdout, stderr string
	code           int
}

// run runs name with args in dir, with env added to the environment, and
// fails the test when it could not start or was killed.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	if exit != nil && exit.ExitCode() < 0 {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// hermetic is the environment that keeps the go command off the network:
// testdata/app resolves its SDKs from local stubs.
var hermetic = []string{"GOPROXY=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOWORK=off"}

// copyApp copies testdata/app and the stubs it replaces SDKs with into a
// new temporary directory and returns the app's copy.
func copyApp(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(repoRoot(t), "analyzers", "integration", "testdata"))); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dst, "app")
}

// site is a finding the tests expect in testdata/app: where, from which
// analyzer, in which category. Sites are the facts of the testdata; the
// messages come from the standalone command (see reference), so that each
// integration is checked to print exactly what biometriclint prints.
type site struct{ pos, analyzer, category string } // pos: file:line:col, relative to the app

// voiceid is the Voice ID module testdata/app requires.
const voiceid = "github.com/aws/aws-sdk-go-v2/service/voiceid"

// The findings of testdata/app, by file.
var (
	faceSites     = []site{{"face.go:11:12", "sdksymbol", "face-detection"}}
	reviewedSites = []site{{"reviewed.go:12:12", "sdksymbol", "face-detection"}}
	voiceSites    = []site{
		{"voice.go:4:8", "sdkimport", "speaker-recognition"},
		{"go.mod:7:2", "modrequire", "speaker-recognition"},
	}
	taggedSites = []site{{"tagged/tagged.go:14:12", "sdksymbol", "face-detection"}} // behind the biometrics tag: from syntax without it
)

// want is a finding a tool must print.
type want struct {
	site
	msg string
}

// String is the finding as go vet and biometriclint print it.
func (w want) String() string { return w.pos + ": " + w.msg }

// reference holds the messages of one build configuration, by site.
type referenceRun struct {
	once sync.Once
	msgs map[site]string
	err  error
}

// tagged is the run with -tags biometrics: tagged/tagged.go is built.
// untagged is the default build: tagged/tagged.go is excluded, and its
// finding is made from the syntax, with a note that says so.
var tagged, untagged referenceRun

// findings returns the findings at the sites, with their messages as
// biometriclint -format sarif -tags biometrics reports them. The first
// call checks that this reference run reports exactly every site.
func findings(t *testing.T, sites ...[]site) []want {
	t.Helper()
	return tagged.findings(t, []string{"-tags", "biometrics"}, sites)
}

// untaggedFindings is findings for the default build.
func untaggedFindings(t *testing.T, sites ...[]site) []want {
	t.Helper()
	return untagged.findings(t, nil, sites)
}

func (r *referenceRun) findings(t *testing.T, args []string, sites [][]site) []want {
	t.Helper()
	r.once.Do(func() { r.msgs, r.err = reference(t, args) })
	if r.err != nil {
		t.Fatalf("reference run of biometriclint %v: %v", args, r.err)
	}
	var out []want
	for _, l := range sites {
		for _, s := range l {
			out = append(out, want{s, r.msgs[s]})
		}
	}
	return out
}

// reference runs the standalone command on testdata/app with args, and
// returns its messages by site. Both build configurations report every
// site: the tagged file too, from its syntax, when the build excludes it.
func reference(t *testing.T, args []string) (map[site]string, error) {
	tool := biometriclint(t)
	app := copyApp(t)
	out := filepath.Join(filepath.Dir(app), "reference.sarif")
	args = append(append([]string{"-format", "sarif", "-o", out}, args...), "./...")
	res := run(t, app, hermetic, tool, args...)
	if res.code != 0 {
		return nil, fmt.Errorf("exit %d, want 0 (SARIF output)\n%s", res.code, res.stderr)
	}
	msgs := map[site]string{}
	var got []string
	for _, r := range sarifResults(t, out, "biometriclint") {
		s := site{r.pos, r.analyzer, r.rule}
		msgs[s] = r.text
		got = append(got, fmt.Sprint(s))
	}
	var all []string
	for _, l := range [][]site{faceSites, reviewedSites, voiceSites, taggedSites} {
		for _, s := range l {
			all = append(all, fmt.Sprint(s))
		}
	}
	slices.Sort(got)
	slices.Sort(all)
	if !slices.Equal(got, all) {
		return nil, fmt.Errorf("findings (position, analyzer, category):\ngot:\n\t%s\nwant:\n\t%s",
			strings.Join(got, "\n\t"), strings.Join(all, "\n\t"))
	}
	return msgs, nil
}

// format formats each finding with f.
func format(f func(want) string, ws []want) []string {
	var out []string
	for _, w := range ws {
		out = append(out, f(w))
	}
	return out
}

// lines returns the non-empty lines of s that satisfy keep, sorted.
func lines(s string, keep func(string) bool) []string {
	var out []string
	for l := range strings.Lines(s) {
		l = strings.TrimRight(l, "\r\n")
		if l != "" && keep(l) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

// assertLines fails unless got and want hold the same lines in any order,
// showing both sorted.
func assertLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	got = slices.Sorted(slices.Values(got))
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
