package integration

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// sarifLog is the part of a SARIF 2.1.0 log the tests check.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name string `json:"name"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID     string `json:"ruleId"`
			Properties struct {
				Analyzer string `json:"analyzer"`
			} `json:"properties"`
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

// sarifResult is one location of a SARIF result.
type sarifResult struct {
	rule, level, pos, text string
	analyzer               string // biometriclint's own SARIF only
}

// sarifResults reads the SARIF log at path, checks that it is version
// 2.1.0 with one run by tool, and returns its results, one per location
// (each result must have one).
func sarifResults(t *testing.T, path, tool string) []sarifResult {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != tool {
		t.Fatalf("%s: version %q with %d runs, want 2.1.0 and one %s run:\n%s", path, log.Version, len(log.Runs), tool, data)
	}
	var out []sarifResult
	for _, r := range log.Runs[0].Results {
		if len(r.Locations) != 1 {
			t.Errorf("%s: result %q has %d locations, want 1", path, r.Message.Text, len(r.Locations))
		}
		for _, l := range r.Locations {
			loc := l.PhysicalLocation
			out = append(out, sarifResult{
				rule:     r.RuleID,
				level:    r.Level,
				pos:      fmt.Sprintf("%s:%d:%d", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn),
				text:     r.Message.Text,
				analyzer: r.Properties.Analyzer,
			})
		}
	}
	return out
}
