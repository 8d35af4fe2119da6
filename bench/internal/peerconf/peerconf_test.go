package peerconf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/biometriclint/biometriclint/analyzers/catalog"

	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// app is a module that uses a stub of Tencent Cloud's iai package (at the
// real import path, so that the built-in catalog applies): one import of a
// dedicated package, one catalogued method, one that is not catalogued.
var app = map[string]string{
	"go.mod": `module example.com/app

go 1.26.0

require github.com/tencentcloud/tencentcloud-sdk-go v1.0.162

replace github.com/tencentcloud/tencentcloud-sdk-go => ./sdk
`,
	"app.go": `package app

import iai "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303"

func Use(c *iai.Client) {
	c.DetectFaceAttributes(nil)
	c.Close()
}
`,
	"sdk/go.mod": "module github.com/tencentcloud/tencentcloud-sdk-go\n\ngo 1.26.0\n",
	"sdk/tencentcloud/iai/v20200303/client.go": `package v20200303

type Client struct{}

type DetectFaceAttributesRequest struct{}

func (c *Client) DetectFaceAttributes(*DetectFaceAttributesRequest) error { return nil }

func (c *Client) Close() {}
`,
}

// TestPeersFindWhatTheCatalogNames runs the real golangci-lint (the
// custom binary scripts/setup.d/40-golangci.sh builds) with the generated
// configuration: depguard must report the import and forbidigo the
// catalogued method, and nothing else.
func TestPeersFindWhatTheCatalogNames(t *testing.T) {
	gcl := customGCL(t)
	dir := t.TempDir()
	for name, text := range app {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var conf bytes.Buffer
	if err := Peers(&conf, catalog.Default(), false); err != nil {
		t.Fatal(err)
	}
	confPath := filepath.Join(dir, "peers.yml")
	if err := os.WriteFile(confPath, conf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gcl, "run", "--allow-serial-runners", "-c", confPath, "--output.text.print-issued-lines=false", "--output.text.colors=false", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOWORK=off",
		"GOLANGCI_LINT_CACHE="+filepath.Join(t.TempDir(), "cache"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("golangci-lint exited %d (%v), want 1 (issues found)\nstdout:\n%s\nstderr:\n%s", code, err, stdout.String(), stderr.String())
	}
	var got []string
	for line := range strings.Lines(stdout.String()) {
		if strings.HasPrefix(line, "app.go:") {
			got = append(got, strings.TrimSpace(line))
		}
	}
	want := []string{
		`app.go:3:8: import 'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303' is not allowed from list 'biometric': Tencent Cloud Face Recognition (iai) (depguard)`,
		`app.go:6:2: use of ` + "`c.DetectFaceAttributes`" + ` forbidden because "Tencent Cloud Face Recognition (iai)" (forbidigo)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("golangci-lint reported\n%s\nwant\n%s\nfull output:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), stdout.String())
	}
}

// TestPeersCoverTheCatalog checks that the generated configuration names
// every dedicated package and alias (depguard) and every symbol (forbidigo)
// of the catalog.
func TestPeersCoverTheCatalog(t *testing.T) {
	cat := catalog.Default()
	var buf bytes.Buffer
	if err := Peers(&buf, cat, true); err != nil {
		t.Fatal(err)
	}
	var c struct {
		Run     struct{ Tests bool }
		Linters struct {
			Enable   []string
			Settings struct {
				Depguard struct {
					Rules map[string]struct {
						Deny []struct{ Pkg string }
					}
				}
				Forbidigo struct {
					Forbid []struct{ Pattern, Pkg string }
				}
			}
		}
	}
	if err := yaml.Unmarshal(buf.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if !c.Run.Tests || !slices.Equal(c.Linters.Enable, []string{"depguard", "forbidigo"}) {
		t.Errorf("run.tests = %v, linters.enable = %v", c.Run.Tests, c.Linters.Enable)
	}
	denied := map[string]bool{}
	for _, d := range c.Linters.Settings.Depguard.Rules["biometric"].Deny {
		denied[d.Pkg] = true
	}
	patterns := strings.Builder{}
	for _, f := range c.Linters.Settings.Forbidigo.Forbid {
		patterns.WriteString(f.Pkg + " " + f.Pattern + "\n")
	}
	for _, p := range cat.Packages() {
		for _, path := range append([]string{p.Path}, p.Aliases...) {
			if denied[path+"$"] != p.Dedicated {
				t.Errorf("depguard denies %s: %v, want %v (dedicated)", path, denied[path+"$"], p.Dedicated)
			}
			for _, s := range p.Symbols {
				if !forbidden(t, c.Linters.Settings.Forbidigo.Forbid, path, p.PkgName()+"."+s.Name) {
					t.Errorf("forbidigo does not forbid %s.%s", path, s.Name)
				}
			}
		}
	}
}

// forbidden reports whether a pattern matches name in package path.
func forbidden(t *testing.T, forbid []struct{ Pattern, Pkg string }, path, name string) bool {
	for _, f := range forbid {
		if mustMatch(t, f.Pkg, path) && mustMatch(t, f.Pattern, name) {
			return true
		}
	}
	return false
}

func TestPlugin(t *testing.T) {
	var buf bytes.Buffer
	err := Plugin(&buf, []string{"a", "b", "c"}, func(n string) bool { return n != "b" }, false)
	if err != nil {
		t.Fatal(err)
	}
	want := `version: "2"
run:
  tests: false
linters:
  default: none
  enable:
    - biometriclint
  exclusions:
    generated: disable
  settings:
    custom:
      biometriclint:
        settings:
          analyzers:
            a: true
            b: false
            c: true
        type: module
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`
	if buf.String() != want {
		t.Errorf("Plugin wrote\n%s\nwant\n%s", buf.String(), want)
	}
	if err := Plugin(&buf, []string{"a"}, func(string) bool { return false }, false); err == nil {
		t.Error("Plugin with no analyzer enabled: no error")
	}
}

// customGCL is the custom golangci-lint with biometriclint's plugin;
// scripts/test builds it, and its absence fails the test.
func customGCL(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	p := filepath.Join(filepath.Dir(file), "..", "..", "..", ".cache", "custom-gcl", "custom-gcl")
	testsetup.File(t, p, "the custom golangci-lint", "40-golangci.sh")
	return p
}
