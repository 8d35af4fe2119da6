package integration

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// customGCL is the golangci-lint v2 with the biometriclint plugin that
// scripts/setup.d/40-golangci.sh builds; the script checks that it is
// built from the current sources.
func customGCL(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	if res := run(t, root, nil, "bash", "scripts/setup.d/40-golangci.sh", "--check"); res.code != 0 {
		testsetup.Missing(t, "the custom golangci-lint", "40-golangci.sh", fmt.Errorf("%s", strings.TrimSpace(res.stdout+res.stderr)))
	}
	return filepath.Join(root, ".cache", "custom-gcl", "custom-gcl")
}

// golangciApp copies testdata/app with the documented .golangci.yml at its
// root, its plugin settings replaced by settings (YAML flow style) unless
// empty, and returns the app.
func golangciApp(t *testing.T, settings string) string {
	t.Helper()
	conf, err := os.ReadFile(filepath.Join(repoRoot(t), "docs", "golangci", ".golangci.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if settings != "" {
		const empty = "settings: {}"
		if strings.Count(string(conf), empty) != 1 {
			t.Fatalf("docs/golangci/.golangci.yml: want one %q to replace", empty)
		}
		conf = []byte(strings.Replace(string(conf), empty, "settings: "+settings, 1))
	}
	app := copyApp(t)
	if err := os.WriteFile(filepath.Join(app, ".golangci.yml"), conf, 0o644); err != nil {
		t.Fatal(err)
	}
	return app
}

// golangciLint runs the custom golangci-lint in app, with its own cache.
func golangciLint(t *testing.T, app string, args ...string) result {
	t.Helper()
	env := append([]string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, hermetic...)
	// Tests of several packages may run golangci-lint at once: wait for
	// the others rather than fail on its lock.
	args = append([]string{"run", "--allow-serial-runners", "--show-stats=false", "--output.text.print-issued-lines=false"}, args...)
	return run(t, app, env, customGCL(t), append(args, "./...")...)
}

// inGolangci is a finding as golangci-lint prints it: with several
// analyzers in one linter, the message starts with the analyzer's name.
func inGolangci(w want) string {
	return fmt.Sprintf("%s: %s: %s (biometriclint)", w.pos, w.analyzer, w.msg)
}

// TestGolangci runs the custom golangci-lint with the documented
// configuration: every finding but the //nolint:biometriclint one, and the
// tagged file with full types only with --build-tags (without, from its
// syntax: golangci-lint passes the excluded files on to the analyzers).
func TestGolangci(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		findings []string
	}{
		{"default build", nil, format(inGolangci, untaggedFindings(t, faceSites, voiceSites, taggedSites))},
		{"biometrics tag", []string{"--build-tags=biometrics"},
			format(inGolangci, findings(t, faceSites, voiceSites, taggedSites))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := golangciLint(t, golangciApp(t, ""), tc.args...)
			if res.code != 1 {
				t.Errorf("exit %d, want 1; stderr:\n%s", res.code, res.stderr)
			}
			assertLines(t, "golangci-lint findings", lines(res.stdout, func(string) bool { return true }), tc.findings)
		})
	}
}

// TestGolangciSARIF checks the SARIF report golangci-lint writes for code
// scanning: one result per finding, under the linter's name as rule.
func TestGolangciSARIF(t *testing.T) {
	app := golangciApp(t, "")
	out := filepath.Join(t.TempDir(), "golangci.sarif")
	res := golangciLint(t, app, "--output.sarif.path="+out, "--output.text.path=stderr")
	if res.code != 1 {
		t.Errorf("exit %d, want 1; stderr:\n%s", res.code, res.stderr)
	}
	var got []string
	for _, r := range sarifResults(t, out, "golangci-lint") {
		got = append(got, fmt.Sprintf("%s %s %s: %s", r.rule, r.level, r.pos, r.text))
	}
	assertLines(t, "SARIF results", got, format(func(w want) string {
		return fmt.Sprintf("biometriclint error %s: %s: %s", w.pos, w.analyzer, w.msg)
	}, untaggedFindings(t, faceSites, voiceSites, taggedSites)))
}

// manyCalls is a file of testdata/app's package with five calls of the
// catalogued method face.go calls, two of them on one line: five findings
// with the text of face.go's.
const manyCalls = `package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

// Many detects the faces in a picture five times.
func Many(ctx context.Context, c *rekognition.Client) {
	c.DetectFaces(ctx, nil); c.DetectFaces(ctx, nil)
	c.DetectFaces(ctx, nil)
	c.DetectFaces(ctx, nil)
	c.DetectFaces(ctx, nil)
}
`

// TestGolangciKeepsEveryFinding: with the documented configuration,
// golangci-lint prints every finding; with its defaults (the configuration
// without its issues section) it keeps one per line and three with the
// same text, the pitfall the configuration's comment warns about.
func TestGolangciKeepsEveryFinding(t *testing.T) {
	for _, tc := range []struct {
		name     string
		defaults bool
		want     []string
	}{
		{"documented", false, []string{"many.go:11:2", "many.go:11:27", "many.go:12:2", "many.go:13:2", "many.go:14:2"}},
		// One per line, then three with the text of the call in face.go:
		// that one and two here.
		{"golangci-lint defaults", true, []string{"many.go:11:2", "many.go:12:2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := golangciApp(t, "")
			if tc.defaults {
				conf := filepath.Join(app, ".golangci.yml")
				data, err := os.ReadFile(conf)
				if err != nil {
					t.Fatal(err)
				}
				before, _, ok := strings.Cut(string(data), "\nissues:\n")
				if !ok {
					t.Fatal("docs/golangci/.golangci.yml has no issues section")
				}
				if err := os.WriteFile(conf, []byte(before+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(app, "many.go"), []byte(manyCalls), 0o644); err != nil {
				t.Fatal(err)
			}
			res := golangciLint(t, app)
			if res.code != 1 {
				t.Errorf("exit %d, want 1; stderr:\n%s", res.code, res.stderr)
			}
			var got []string
			for _, l := range lines(res.stdout, func(l string) bool { return strings.HasPrefix(l, "many.go:") }) {
				pos, _, _ := strings.Cut(l, ": ")
				got = append(got, pos)
			}
			assertLines(t, "findings in many.go", got, tc.want)
		})
	}
}

// addBroken adds a package that does not type-check to app.
func addBroken(t *testing.T, app string) {
	t.Helper()
	if err := os.Mkdir(filepath.Join(app, "broken"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package broken\n\nvar N int = \"not an int\"\n"
	if err := os.WriteFile(filepath.Join(app, "broken", "broken.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGolangciTypecheckHidesFindings pins the pitfall docs/integrations.md
// warns about: in typesinfo mode, one package that does not type-check
// hides every finding of the run.
func TestGolangciTypecheckHidesFindings(t *testing.T) {
	app := golangciApp(t, "")
	addBroken(t, app)
	res := golangciLint(t, app)
	if res.code != 1 {
		t.Errorf("exit %d, want 1; stderr:\n%s", res.code, res.stderr)
	}
	got := lines(res.stdout, func(string) bool { return true })
	assertLines(t, "golangci-lint output", got, []string{
		"broken/broken.go:1: : # example.com/app/broken",
		`broken/broken.go:3:13: cannot use "not an int" (untyped string constant) as int value in variable declaration (typecheck)`,
	})
}

// TestGolangciSettings checks that the plugin settings reach the policy
// (severity off drops face detection), that unknown keys stop the run, and
// that with only syntax
// analyzers on, golangci-lint loads syntax alone: a package that does not
// type-check then hides nothing.
func TestGolangciSettings(t *testing.T) {
	t.Run("severity", func(t *testing.T) {
		app := golangciApp(t, "{severity: {face-detection: off}}")
		res := golangciLint(t, app)
		if res.code != 1 {
			t.Errorf("exit %d, want 1; stderr:\n%s", res.code, res.stderr)
		}
		assertLines(t, "golangci-lint findings", lines(res.stdout, func(string) bool { return true }),
			format(inGolangci, findings(t, voiceSites)))
	})
	t.Run("syntax only", func(t *testing.T) {
		var off []string
		for _, a := range suite.Analyzers() {
			// two syntax-only analyzers: golangci-lint loads syntax only
			// (the pass has no types and no package)
			if a.Name != "sdkimport" && a.Name != "discover" {
				off = append(off, a.Name+": false")
			}
		}
		app := golangciApp(t, "{analyzers: {"+strings.Join(off, ", ")+"}}")
		addBroken(t, app)
		res := golangciLint(t, app)
		if res.code != 1 {
			t.Errorf("exit %d, want 1; stderr:\n%s", res.code, res.stderr)
		}
		assertLines(t, "golangci-lint findings", lines(res.stdout, func(string) bool { return true }),
			format(inGolangci, findings(t, voiceSites[:1]))) // sdkimport's; discover finds nothing in the app
	})
	t.Run("unknown key", func(t *testing.T) {
		res := golangciLint(t, golangciApp(t, "{colour: red}"))
		if res.code == 0 || !strings.Contains(res.stderr, `unknown field "colour"`) {
			t.Errorf("exit %d, want a failure naming the unknown key; stderr:\n%s", res.code, res.stderr)
		}
	})
}
