package directive_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/directive"
)

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), directive.Analyzer, "a")
	ds := results[0].Result.(*directive.Result).Directives
	var valid []string
	for _, d := range ds {
		if d.Valid() {
			valid = append(valid, d.Reason)
		}
	}
	want := []string{"counts visitors; no identification", "an entry and a category"}
	if len(ds) != 8 || len(valid) != 2 || valid[0] != want[0] || valid[1] != want[1] {
		t.Errorf("got %d directives, valid ones %q; want 8 with %q", len(ds), valid, want)
	}
}

// TestExcludedFiles checks directives in files the build excludes: the
// findings there are reported, so their directives count. (analysistest
// reads the wants of excluded files for analyzers named "directive".)
func TestExcludedFiles(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), directive.Analyzer, "tagged")
	if ds := results[0].Result.(*directive.Result).Directives; len(ds) != 1 {
		t.Errorf("got %d directives, want the excluded file's one", len(ds))
	}
}
