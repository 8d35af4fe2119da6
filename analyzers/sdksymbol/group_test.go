package sdksymbol_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// TestGroup checks the supporting evidence of each finding of package
// group, as related information.
func TestGroup(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), sdksymbol.Analyzer, "group")
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos := r.Pass.Fset.Position(d.Pos)
			line := fmt.Sprintf("%s:%d:", filepath.Base(pos.Filename), pos.Line)
			for _, rel := range d.Related {
				rp := r.Pass.Fset.Position(rel.Pos)
				line += fmt.Sprintf(" [%d: %s]", rp.Line, rel.Message)
			}
			got = append(got, line)
		}
	}
	// In the order of file names and offsets, whatever order the loader,
	// which parses a package's files in parallel, gave the files in the
	// file set (by token.Pos, group.go came first in 299 runs of 300).
	want := []string{
		"generated.go:13:", // marked as generated (its want), reported all the same
		"group.go:14: [17: types.FaceDetail.Emotions holds the emotions read from a detected face [emotion-recognition]] [18: types.FaceDetail.AgeRange holds the age range estimated from a face [biometric-categorisation]]",
		"group.go:27: [26: types.FaceDetail.AgeRange holds the age range estimated from a face [biometric-categorisation]]",
		"group.go:33:", // a paginator is an act: no supporting evidence of the first call
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("findings and their supporting evidence:\n%q\nwant:\n%q", got, want)
	}
}
