package sdksymbol_test

import (
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// recorder is a finding.Decider that shows every finding and remembers
// each one's certainty, by message.
type recorder struct {
	mu        sync.Mutex
	certainty map[string]finding.Certainty
}

func (r *recorder) Decide(_ *analysis.Pass, f *finding.Finding, d *analysis.Diagnostic) bool {
	r.mu.Lock()
	r.certainty[d.Message] = f.Certainty
	r.mu.Unlock()
	return true
}

// TestPossible checks that a loader whose model file cannot be determined
// is a possible finding only where the package shows biometrics otherwise
// (package models has a face model loaded too), and the loader of a known
// face model is refined.
func TestPossible(t *testing.T) {
	rec := &recorder{certainty: map[string]finding.Certainty{}}
	a := config.Bind(&config.Config{Decider: rec}, []*analysis.Analyzer{sdksymbol.Analyzer})[0]
	analysistest.Run(t, analysistest.TestData(), a, "models")
	counts := map[finding.Certainty]int{}
	for _, c := range rec.certainty {
		counts[c]++
	}
	if want := map[finding.Certainty]int{finding.Refined: 2, finding.Possible: 1}; len(counts) != len(want) || counts[finding.Refined] != 2 || counts[finding.Possible] != 1 {
		t.Errorf("certainties %v, want %v: %v", counts, want, rec.certainty)
	}
}
