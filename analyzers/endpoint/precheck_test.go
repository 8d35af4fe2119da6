package endpoint

import (
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// TestMayName: a string with neither a dot nor a slash is no URL or path
// that splitURL splits, whatever its other characters: the matcher skips
// splitting it.
func TestMayName(t *testing.T) {
	u := strconst.Unknown
	for _, s := range []string{"", "json", "Content-Type", "localhost", "a:b", "x?y#z", u, u + "?q=1", u + "#f", "https:" + u, "DetectFace", "@host:443", "a b"} {
		if mayName(s) {
			t.Errorf("mayName(%q) = true", s)
		}
		if _, ok := splitURL(s); ok {
			t.Errorf("splitURL(%q) splits a string without a dot or a slash", s)
		}
	}
	for _, s := range []string{"/face", "api.kairos.com", u + "/detect"} {
		if !mayName(s) {
			t.Errorf("mayName(%q) = false", s)
		}
	}
}

// TestDedicatedHostDots: a string without a dot names no dedicated host of
// the embedded catalog, whose hosts all have one, and no exact value; a
// catalog with a host or a value without one turns the shortcuts off.
func TestDedicatedHostDots(t *testing.T) {
	if m := NewMatcher(catalog.Default()); !m.dottedHosts {
		t.Error("the embedded catalog has a dedicated host without a dot: DedicatedHost splits every string")
	}
	const data = `
vendor: Intranet
entries:
  - id: intranet
    product: Intranet face API
    docs: https://example.com
    source: https://example.com/api
    endpoints:
      - {host: faceapi, dedicated: true, category: face-recognition, what: w}
      - {value: DetectFace, category: face-detection, what: w}
`
	m := NewMatcher(analysistestutil.Catalog(t, data))
	if m.dottedHosts {
		t.Error("dottedHosts with a dedicated host faceapi")
	}
	if got := m.DedicatedHost("http://faceapi/v1"); got != "faceapi" {
		t.Errorf("DedicatedHost(http://faceapi/v1) = %q, want faceapi", got)
	}
	// An exact value without a dot or a slash is looked up all the same.
	if !m.plainValues || !m.Names(" DetectFace ") {
		t.Errorf("plainValues %v, Names(DetectFace) %v; want both", m.plainValues, m.Names("DetectFace"))
	}
	if _, ok := m.MatchEndpoint("DetectFace", nil); !ok {
		t.Error("MatchEndpoint(DetectFace) matches nothing")
	}
	if NewMatcher(catalog.Default()).plainValues {
		t.Error("an exact value of the embedded catalog has no dot or slash: every string is looked up")
	}
	// Either turns off reading only the strings strconst.Folder.Named keeps.
	if NewMatcher(catalog.Default()).NamesUnseparated() || !m.NamesUnseparated() {
		t.Errorf("NamesUnseparated: %v for the embedded catalog, %v for one with faceapi and DetectFace; want false, true", NewMatcher(catalog.Default()).NamesUnseparated(), m.NamesUnseparated())
	}
	if got := NewMatcher(catalog.Default()).DedicatedHost(strings.ToUpper("https://api.kairos.com")); got != "api.kairos.com" {
		t.Errorf("DedicatedHost = %q, want api.kairos.com", got)
	}
}
