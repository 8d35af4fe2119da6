package sdkimport_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sdkimport.Analyzer, "a", "broken")
}

// TestExcludedFiles covers files the build configuration leaves out: another
// GOOS, a custom tag, and cgo files when cgo is off.
func TestExcludedFiles(t *testing.T) {
	t.Setenv("CGO_ENABLED", "0")
	t.Setenv("GOOS", "linux")
	analysistest.Run(t, analysistest.TestData(), analysistestutil.ReadingExcludedWants(sdkimport.Analyzer), "tagged")
}
