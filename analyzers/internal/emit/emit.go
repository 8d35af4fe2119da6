// Package emit reports findings: every analyzer hands its records to
// Finding, which resolves their positions, lets the run's policy (from the
// config analyzer) decide them, and reports the shown ones to the pass.
package emit

import (
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// Finding reports f over rng; related is the analyzer's own related
// information (an indirect chain), listed before the supporting evidence.
// The pass's analyzer must require a config analyzer.
func Finding(pass *analysis.Pass, rng analysis.Range, f finding.Finding, related ...analysis.RelatedInformation) {
	f.Analyzer = pass.Analyzer.Name
	f.Pos = pass.Fset.Position(rng.Pos())
	f.End = pass.Fset.Position(max(rng.End(), rng.Pos()))
	f.ResolveEvidence(pass.Fset)
	cfg := config.Of(pass)
	_, gen := cfg.Generated[pass.Fset.PositionFor(rng.Pos(), false).Filename]
	f.Generated = f.Generated || gen
	d := f.Diagnostic(rng)
	d.Related = append(related, f.EvidenceRelated()...)
	if dec := cfg.Decider; dec != nil {
		if !dec.Decide(pass, &f, &d) {
			return
		}
	} else {
		f.Severity = finding.DefaultSeverity(&f)
	}
	pass.Report(d)
}
