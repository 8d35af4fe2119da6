package integration

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// customGCL is the golangci-lint v2 with the biometriclint plugin that
// scripts/setup.d/40-golangci.sh builds; the script checks that it is
// built from the current sources.
func customGCL(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	if res := run(t, root, nil, "bash", "scripts/setup.d/40-golangci.sh", "--check"); res.code != 0 {
		t.Fatalf("custom golangci-lint: %s%s", res.stdout, res.stderr)
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
	args = append([]string{"run", "--show-stats=false", "--output.text.print-issued-lines=false"}, args...)
	return run(t, app, env, customGCL(t), append(args, "./...")...)
}

// inGolangci is a finding as golangci-lint prints it: with several
// analyzers in one linter, the message starts with the analyzer's name.
func inGolangci(w want) string {
	return fmt.Sprintf("%s: %s: %s (biometriclint)", w.pos, w.analyzer, w.msg)
}

// TestGolangci runs the custom golangci-lint with the documented
// configuration: every finding but the //nolint:biometriclint one, and the
// tagged file only with --build-tags.
func TestGolangci(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		findings []string
	}{
		{"default build", nil, format(inGolangci, faceFindings(t), voiceFindings(t))},
		{"biometrics tag", []string{"--build-tags=biometrics"},
			format(inGolangci, faceFindings(t), voiceFindings(t), taggedFindings(t))},
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

// sarif is the part of SARIF 2.1.0 that golangci-lint writes.
type sarif struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name string `json:"name"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID  string `json:"ruleId"`
			Level   string `json:"level"`
			Message struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
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
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var log sarif
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "golangci-lint" {
		t.Fatalf("SARIF version %q, %d runs, want 2.1.0 and one golangci-lint run:\n%s", log.Version, len(log.Runs), data)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		if len(r.Locations) != 1 {
			t.Errorf("result %q has %d locations, want 1", r.Message.Text, len(r.Locations))
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		got = append(got, fmt.Sprintf("%s %s %s:%d:%d: %s", r.RuleID, r.Level,
			loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn, r.Message.Text))
	}
	assertLines(t, "SARIF results", got, format(func(w want) string {
		return fmt.Sprintf("biometriclint error %s: %s: %s", w.pos, w.analyzer, w.msg)
	}, faceFindings(t), voiceFindings(t)))
}
