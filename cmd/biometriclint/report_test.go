package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// TestSARIFValidates runs Microsoft's SARIF validator (npm
// @microsoft/sarif-multitool, installed by scripts/setup.d) on the audit's
// SARIF log, and checks that the log keeps what reviewers need.
func TestSARIFValidates(t *testing.T) {
	dir := extract(t, "tree")
	log := filepath.Join(dir, "audit.sarif")
	// -allow-directives: the tree's directive then suppresses its finding,
	// and the log carries a suppression for the validator to check.
	if res := run(t, dir, nil, "audit", "-allow-directives", "-format", "sarif", "-o", log, "tree"); res.code != 1 {
		t.Fatalf("exit code %d, want 1 (the broken package); stderr:\n%s", res.code, res.stderr)
	}
	validateSARIF(t, log)

	// What reviewers need: rules with metadata, fingerprints, snippets.
	var s struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string
						Help                 struct{ Text string }
						DefaultConfiguration struct{ Level string }
						Properties           map[string]any
					}
				}
			}
			Results []struct {
				PartialFingerprints map[string]string
				Locations           []struct {
					PhysicalLocation struct {
						Region struct{ Snippet struct{ Text string } }
					}
				}
			}
		}
	}
	data, _ := os.ReadFile(log)
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	sr := s.Runs[0]
	if n := len(sr.Tool.Driver.Rules); n != 6 {
		t.Errorf("%d rules, want one per category (6)", n)
	}
	for _, r := range sr.Tool.Driver.Rules {
		if r.Help.Text == "" || r.DefaultConfiguration.Level == "" || r.Properties["legal"] == nil {
			t.Errorf("rule %s lacks help, level or legal reference", r.ID)
		}
	}
	// As many results as the text output has findings, and the suppressed one.
	res := run(t, dir, nil, "audit", "-allow-directives", "tree")
	want := 1
	for line := range strings.SplitSeq(res.stdout, "\n") {
		if strings.HasPrefix(line, "tree/") {
			want++
		}
	}
	if len(sr.Results) != want || want < 10 {
		t.Errorf("%d results, want %d", len(sr.Results), want)
	}
	for i, r := range sr.Results {
		if r.PartialFingerprints["biometriclint/v1"] == "" || r.Locations[0].PhysicalLocation.Region.Snippet.Text == "" {
			t.Errorf("result %d lacks a fingerprint or a snippet", i)
		}
	}
}

// TestSARIFFileNames gives SARIF the URI references it wants for file
// names with blanks, percent and number signs: the validator rejected the
// names written as they are (SARIF1002).
func TestSARIFFileNames(t *testing.T) {
	dir := t.TempDir()
	write(t, txtar.Parse([]byte(`-- go.mod --
module example.com/names
-- my dir/100%#x/face.go --
package x

const detect = "https://api-us.faceplusplus.com/facepp/v3/detect"
`)), dir)
	log := filepath.Join(t.TempDir(), "names.sarif")
	if res := run(t, dir, nil, "audit", "-format", "sarif", "-o", log, "."); res.code != 0 {
		t.Fatalf("exit code %d, want 0 (SARIF holds the finding); stderr:\n%s", res.code, res.stderr)
	}
	validateSARIF(t, log)
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if want := `"uri": "my%20dir/100%25%23x/face.go"`; !strings.Contains(string(data), want) {
		t.Errorf("the log lacks %s:\n%s", want, data)
	}
}

// validateSARIF runs Microsoft's SARIF validator on the log: any result
// of the validator, error, warning or note, fails the test.
func validateSARIF(t *testing.T, log string) {
	t.Helper()
	validator := filepath.Join(repoRoot(t), ".cache", "sarif-multitool", "node_modules", "@microsoft", "sarif-multitool", "bin.js")
	testsetup.File(t, validator, "the SARIF validator", "30-sarif-multitool.sh")
	node := testsetup.Tool(t, "node", "30-sarif-multitool.sh")
	out := filepath.Join(t.TempDir(), "validation.sarif")
	cmd := exec.Command(node, validator, "validate", log, "-o", out)
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("sarif validate: %v\n%s", err, stdout.String())
	}
	var v struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text, ID  string
					Arguments []string
				}
			}
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("validator wrote no log: %v\n%s", err, stdout.String())
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Runs) == 0 {
		t.Fatalf("validator log has no run:\n%s", data)
	}
	for _, r := range v.Runs[0].Results {
		t.Errorf("SARIF validator: %s %s: %s %s %q", r.Level, r.RuleID, r.Message.Text, r.Message.ID, r.Message.Arguments)
	}
}

// TestHTMLScreenshot renders the audit's HTML report in headless Chromium
// (Debian's chromium, installed by scripts/setup.d) and checks that a
// screenshot of it is taken. BIOMETRICLINT_SCREENSHOT=file keeps the PNG,
// to look at.
func TestHTMLScreenshot(t *testing.T) {
	chromium := testsetup.Tool(t, "chromium", "35-chromium.sh")
	dir := extract(t, "tree")
	page := filepath.Join(dir, "report.html")
	if res := run(t, dir, nil, "audit", "-format", "html", "-o", page, "tree"); res.code != 3 {
		t.Fatalf("exit code %d, want 3; stderr:\n%s", res.code, res.stderr)
	}
	png := os.Getenv("BIOMETRICLINT_SCREENSHOT")
	if png == "" {
		png = filepath.Join(dir, "report.png")
	}
	png, _ = filepath.Abs(png)
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--user-data-dir="+t.TempDir(), "--window-size=1200,2400",
		"--screenshot="+png, "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	data, err := os.ReadFile(png)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) || len(data) < 20000 {
		t.Errorf("screenshot is not a PNG of a rendered page (%d bytes)", len(data))
	}
}
