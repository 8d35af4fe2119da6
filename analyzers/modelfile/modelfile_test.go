package modelfile_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/modelfile"
)

// TestExcludedFiles reads the expectations of files the build excludes too.
func TestExcludedFiles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analysistestutil.ReadingExcludedWants(modelfile.Analyzer), "tagged")
}

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), modelfile.Analyzer, "models", "lookalike")
}
