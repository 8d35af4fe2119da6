package analysisutil

import "testing"

func TestExtractDoc(t *testing.T) {
	const src = `// Package p does things.
//
// # Analyzer one
//
// one: reports the first thing
//
// More about one.
//
// # Analyzer two
//
// two: reports the second thing
package p
`
	if got, _ := extractDoc(src, "one"); got != "reports the first thing\n\nMore about one." {
		t.Errorf("one = %q", got)
	}
	if got, _ := extractDoc(src, "two"); got != "reports the second thing" {
		t.Errorf("two = %q", got)
	}
	if _, err := extractDoc(src, "three"); err == nil {
		t.Error("missing section: no error")
	}
}
