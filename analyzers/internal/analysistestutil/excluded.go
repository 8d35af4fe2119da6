// Package analysistestutil helps biometriclint's analyzers use analysistest.
package analysistestutil

import "golang.org/x/tools/go/analysis"

// ReadingExcludedWants returns a copy of a whose expectations analysistest
// also reads from the files the build configuration excludes.
//
// analysistest extracts "// want" comments from excluded files only for a
// few analyzers that it knows by name (x/tools' buildtag among them), so the
// copy takes that name. Should analysistest stop doing so, the expected
// diagnostics go unmatched and the tests fail: they cannot pass vacuously.
func ReadingExcludedWants(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	c.Name = "buildtag"
	return &c
}
