package suite

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsUpToDate fails when docs/analyzers.md does not match the checks.
func TestDocsUpToDate(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "docs", "analyzers.md"))
	if err != nil || !bytes.Equal(got, buf.Bytes()) {
		t.Fatalf("docs/analyzers.md is stale (%v): run `go generate ./analyzers/suite`", err)
	}
}

// TestChecksAreDocumented keeps every check's documentation complete: a
// title, a text, what it needs, a version and a page that exists.
func TestChecksAreDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Checks() {
		a := c.Analyzer
		if seen[a.Name] {
			t.Errorf("%s: listed twice", a.Name)
		}
		seen[a.Name] = true
		title, text := splitDoc(a.Doc)
		if title == "" || text == "" {
			t.Errorf("%s: Doc needs a title line and a text", a.Name)
		}
		if !a.RunDespiteErrors {
			t.Errorf("%s: RunDespiteErrors is off: one broken dependency would silence it", a.Name)
		}
		if c.Needs != Syntax && c.Needs != Types && c.Needs != Facts {
			t.Errorf("%s: needs %q", a.Name, c.Needs)
		}
		if (c.Needs == Facts) != (len(a.FactTypes) > 0) {
			t.Errorf("%s: needs %s, but has %d fact types", a.Name, c.Needs, len(a.FactTypes))
		}
		if !strings.HasPrefix(c.Since, "v") {
			t.Errorf("%s: since %q", a.Name, c.Since)
		}
		page, _, _ := strings.Cut(c.Docs, "#")
		if _, err := os.Stat(filepath.Join("..", "..", "docs", page)); err != nil {
			t.Errorf("%s: docs page: %v", a.Name, err)
		}
	}
}
