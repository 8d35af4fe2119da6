package modelfile_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/modelfile"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), modelfile.Analyzer, "models", "lookalike")
}
