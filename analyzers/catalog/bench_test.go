package catalog

import "testing"

// BenchmarkLoad parses and validates the embedded data files and builds the
// index: what a user's catalog file costs, and what Default paid before it
// was built from Go values.
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

// BenchmarkDefault builds the catalog as Default does, from the data
// files as Go values: what every run of the linter pays once, the vet
// tool once for every package.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c := &Catalog{Entries: embeddedEntries()}
		c.buildIndex()
		if len(c.index.packages) == 0 {
			b.Fatal("no packages")
		}
	}
}
