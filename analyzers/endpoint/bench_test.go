package endpoint

import (
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/benchcorpus"
)

// BenchmarkNamesCorpus runs the analyzer's first test, whether a folded string
// names an endpoint, on every string literal of net/http and on the
// URL of every catalogued endpoint.
func BenchmarkNamesCorpus(b *testing.B) {
	cat := catalog.Default()
	m := NewMatcher(cat)
	strs := benchcorpus.Load(b, "net/http").Strings()
	want := 0
	for _, ep := range cat.Endpoints() {
		if ep.Value != "" {
			strs = append(strs, ep.Value)
			want++
		} else {
			strs = append(strs, endpointURL(ep))
			want++
		}
	}
	got := 0
	for _, s := range strs {
		if m.Names(s) {
			got++
		}
	}
	if got < want {
		b.Fatalf("%d strings name an endpoint, want at least the %d catalogued ones", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range strs {
			m.Names(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(strs)), "ns/string")
}

// BenchmarkMatchEndpointCatalog classifies the URL of every catalogued
// endpoint with an address, with the request parameter that decides its
// category when it has some.
func BenchmarkMatchEndpointCatalog(b *testing.B) {
	cat := catalog.Default()
	m := NewMatcher(cat)
	type call struct {
		url    string
		params []Param
	}
	var calls []call
	for _, ep := range cat.Endpoints() {
		if ep.Value != "" {
			continue
		}
		c := call{url: endpointURL(ep)}
		if len(ep.Params) > 0 {
			// A parameter with a name and no values matches any value.
			p, v := ep.Params[0], "x"
			if len(p.Values) > 0 {
				v = p.Values[0]
			}
			c.params = []Param{{Name: p.Name, Value: v}}
		}
		calls = append(calls, c)
	}
	for _, c := range calls {
		if _, ok := m.MatchEndpoint(c.url, c.params); !ok {
			b.Fatalf("%s %v matches no endpoint", c.url, c.params)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range calls {
			m.MatchEndpoint(c.url, c.params)
		}
	}
}

// endpointURL is a URL that the endpoint ep names: its host pattern with
// the wildcards filled in (any host when it has none), and its path with
// its variable segments filled in.
func endpointURL(ep *catalog.Endpoint) string {
	host := strings.NewReplacer("*", "x", "?", "x").Replace(ep.Host)
	if host == "" {
		host = "api.example.com"
	}
	segs := strings.Split(ep.Path, "/")
	for i, seg := range segs {
		if strings.HasPrefix(seg, "{") {
			segs[i] = "v1"
		}
	}
	return "https://" + host + strings.Join(segs, "/")
}
