package sdksymbol_test

import (
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// recorder is a finding sink that remembers which findings are only
// possibly biometric, by message.
type recorder struct {
	mu       sync.Mutex
	possible map[string]bool
}

func (r *recorder) Report(pass *analysis.Pass, d analysis.Diagnostic, f finding.Finding) {
	r.mu.Lock()
	r.possible[d.Message] = f.Possible
	r.mu.Unlock()
	pass.Report(d)
}

// TestPossible checks that a loader whose model file cannot be determined
// is marked possible (the policy then gives it at most warning severity),
// and one with a known face model is not.
func TestPossible(t *testing.T) {
	rec := &recorder{possible: map[string]bool{}}
	finding.SetSink(rec)
	defer finding.SetSink(nil)
	analysistest.Run(t, analysistest.TestData(), sdksymbol.Analyzer, "models")
	if len(rec.possible) != 2 {
		t.Fatalf("%d findings, want 2: %v", len(rec.possible), rec.possible)
	}
	for msg, possible := range rec.possible {
		if want := strings.Contains(msg, "undetermined"); possible != want {
			t.Errorf("Possible = %v, want %v: %s", possible, want, msg)
		}
	}
}
