package sdksymbol_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sdksymbol.Analyzer, "a", "broken", "precision")
}

// TestExcludedFiles covers a file behind a build tag: resolved from syntax.
func TestExcludedFiles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analysistestutil.ReadingExcludedWants(sdksymbol.Analyzer), "tagged")
}
