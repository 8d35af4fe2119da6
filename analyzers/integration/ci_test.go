package integration

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	Jobs map[string]struct {
		Steps []struct {
			Name string            `yaml:"name"`
			Run  string            `yaml:"run"`
			Uses string            `yaml:"uses"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// TestGitHubActions runs the biometriclint step of the documented workflow
// on testdata/app, with the command built from this tree in place of the
// install step, and checks that it succeeds (so that the upload step
// runs) with a SARIF report of every finding at the path the upload step
// reads.
func TestGitHubActions(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "docs", "ci", "github-actions.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("docs/ci/github-actions.yml: %v", err)
	}
	steps := wf.Jobs["biometriclint"].Steps
	var script, sarifFile string
	for _, s := range steps {
		switch s.Name {
		case "Run biometriclint":
			script = s.Run
		case "Upload SARIF to code scanning":
			sarifFile = s.With["sarif_file"]
		}
	}
	if script == "" || sarifFile == "" {
		t.Fatalf("docs/ci/github-actions.yml: want the steps \"Run biometriclint\" and \"Upload SARIF to code scanning\" (with sarif_file) in job biometriclint")
	}

	app := copyApp(t)
	tool := biometriclint(t)
	env := append([]string{"PATH=" + filepath.Dir(tool) + string(os.PathListSeparator) + os.Getenv("PATH")}, hermetic...)
	res := run(t, app, env, "bash", "-e", "-c", script)
	if res.code != 0 {
		t.Errorf("%s: exit %d, want 0 (SARIF output exits 0 with findings)\n%s%s", script, res.code, res.stdout, res.stderr)
	}
	// biometriclint's own SARIF has one rule per category; the level
	// follows the policy's severities and is the driver's tests' concern.
	var got []string
	for _, r := range sarifResults(t, filepath.Join(app, sarifFile), "biometriclint") {
		got = append(got, fmt.Sprintf("%s %s: %s", r.rule, r.pos, r.text))
	}
	// The standalone command does not honour golangci-lint's //nolint.
	assertLines(t, "SARIF results", got, format(func(w want) string { return w.category + " " + w.String() },
		untaggedFindings(t, faceSites, reviewedSites, voiceSites, taggedSites)))
}
