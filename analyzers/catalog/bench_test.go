package catalog

import "testing"

// BenchmarkLoad parses and validates the embedded data files and builds the
// index: what every run of the linter pays once, and what grows with the
// catalog.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := Load(dataFS, "data/*.yaml")
		if err != nil {
			b.Fatal(err)
		}
		if len(c.Entries) == 0 {
			b.Fatal("no entries")
		}
	}
}
