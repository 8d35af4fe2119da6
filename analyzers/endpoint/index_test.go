package endpoint

import (
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/benchcorpus"
)

// TestIndexAgreesWithScan checks that looking addresses up through the
// index finds what trying every address in catalog order finds, on the
// string literals of net/http, on a URL of every catalogued endpoint and on
// variants of those URLs (other case, another host, path only, a longer
// path, unknown parts).
func TestIndexAgreesWithScan(t *testing.T) {
	cat := catalog.Default()
	m := NewMatcher(cat)
	strs := benchcorpus.Load(t, "net/http").Strings()
	for _, ep := range cat.Endpoints() {
		if ep.Value != "" {
			continue
		}
		u := endpointURL(ep)
		_, rest, _ := strings.Cut(strings.TrimPrefix(u, "https://"), "/")
		strs = append(strs, u, strings.ToUpper(u), "https://other.example.org/"+rest, "/"+rest, u+"/more?x=1",
			"https://\x00/"+rest, strings.Replace(u, "https://", "http://\x00.", 1))
	}
	named := 0
	for _, s := range strs {
		want := false
		var wantEP *catalog.Endpoint
		if u, ok := splitURL(strings.TrimSpace(s)); ok {
			for _, a := range m.addresses {
				if a.matches(u, m.withPaths) {
					want = true
					if match, ok := decide(a.ep, queryParams(u.query, nil)); ok && wantEP == nil {
						wantEP = match.Endpoint
					}
				}
			}
		}
		if m.byValue[strings.TrimSpace(s)] != nil {
			continue
		}
		if got := m.Names(s); got != want {
			t.Errorf("Names(%q) = %v, scanning every address gives %v", s, got, want)
		}
		match, ok := m.MatchEndpoint(s, nil)
		if ok != (wantEP != nil) || ok && match.Endpoint != wantEP {
			t.Errorf("MatchEndpoint(%q) = %v, %v; scanning every address gives %v", s, match.Endpoint, ok, wantEP)
		}
		if want {
			named++
		}
	}
	if named == 0 {
		t.Fatal("no string names an endpoint: the test compares nothing")
	}
}
