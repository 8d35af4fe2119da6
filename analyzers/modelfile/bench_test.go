package modelfile

import (
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/benchcorpus"
)

// BenchmarkMatchModelCorpus classifies every string literal of net/http (none
// names a model) and one file name for each catalogued model (each
// names one): the mix the analyzer sees, where almost nothing matches.
func BenchmarkMatchModelCorpus(b *testing.B) {
	cat := catalog.Default()
	strs := benchcorpus.Load(b, "net/http").Strings()
	for _, s := range strs {
		if m := cat.Model(s); m != nil {
			b.Fatalf("net/http string %q matched %s", s, m.Name)
		}
	}
	var names []string
	for _, m := range cat.Models() {
		name := "models/" + strings.NewReplacer("*", "x", "?", "x").Replace(m.Name)
		if cat.Model(name) == nil {
			b.Fatalf("%q (from the pattern %q) does not match", name, m.Name)
		}
		names = append(names, name)
	}
	all := append(strs, names...)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range all {
			cat.Model(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(all)), "ns/string")
}
