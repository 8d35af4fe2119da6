package integration

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
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

// requireTool fails the test when name is not on PATH: scripts/test
// installs every tool these tests need.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed (%v): run scripts/test, whose setup steps install it", name, err)
	}
	return p
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
	src := filepath.Join(repoRoot(t), "analyzers", "integration", "testdata")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dst, "app")
}

// want is a finding a tool must print.
type want struct {
	pos      string // file:line:col, the file relative to the app
	analyzer string
	category string
	msg      string
}

// String is the finding as go vet and biometriclint print it.
func (w want) String() string { return w.pos + ": " + w.msg }

// symbol is a finding about a catalogued symbol, worded by the finding
// package as the analyzers word it.
func symbol(t *testing.T, pos, pkg, name string) want {
	t.Helper()
	s := catalog.Default().Symbol(pkg, name)
	if s == nil {
		t.Fatalf("%s.%s is not in the catalog", pkg, name)
	}
	f := finding.ForSymbol(s)
	return want{pos, "sdksymbol", string(f.Category), f.Message()}
}

// dedicatedImport is a finding about the import of a dedicated package.
func dedicatedImport(t *testing.T, pos, pkg string) want {
	t.Helper()
	p := catalog.Default().Package(pkg)
	if p == nil || !p.Dedicated {
		t.Fatalf("%s is not a dedicated package of the catalog", pkg)
	}
	f := finding.ForImport(p, pkg)
	return want{pos, "sdkimport", string(f.Category), f.Message()}
}

const (
	rekognition = "github.com/aws/aws-sdk-go-v2/service/rekognition"
	voiceid     = "github.com/aws/aws-sdk-go-v2/service/voiceid"
)

// Findings of testdata/app, by file.
func faceFindings(t *testing.T) []want {
	return []want{
		symbol(t, "face.go:11:12", rekognition, "Client.DetectFaces"),
	}
}

func reviewedFindings(t *testing.T) []want {
	return []want{symbol(t, "reviewed.go:12:12", rekognition, "Client.DetectFaces")}
}

func voiceFindings(t *testing.T) []want {
	return []want{dedicatedImport(t, "voice.go:4:8", voiceid)}
}

// taggedFindings are the findings behind the biometrics build tag.
func taggedFindings(t *testing.T) []want {
	return []want{symbol(t, "tagged/tagged.go:14:12", rekognition, "Client.DetectFaces")}
}

// format formats each finding of the lists with f.
func format(f func(want) string, lists ...[]want) []string {
	var out []string
	for _, l := range lists {
		for _, w := range l {
			out = append(out, f(w))
		}
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

// assertLines fails unless the sorted got equals want in any order,
// showing both.
func assertLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
