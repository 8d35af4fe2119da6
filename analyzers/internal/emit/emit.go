// Package emit reports findings: every analyzer hands its records to
// Finding, which resolves their positions, lets the run's policy (from the
// config analyzer) decide them, and reports the shown ones to the pass.
package emit

import (
	"go/ast"
	"go/parser"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/internal/readlimit"
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
	f.Generated = f.Generated || generated(pass, rng.Pos())
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

// generated reports whether the file at pos is generated ("// Code
// generated ... DO NOT EDIT."): findings there are marked, never hidden.
// It reads the parsed file only when a finding is reported (staticcheck's
// facts/generated reads every file of every package from disk: 9% of the
// run's CPU on the standard library, see docs/architecture.md). When cgo
// ran, the parsed file is cgo's output, generated whatever its source:
// then the source decides.
func generated(pass *analysis.Pass, pos token.Pos) bool {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			if !ast.IsGenerated(f) {
				return false
			}
			if src, ok := analysisutil.CgoSource(pass.Fset, f); ok {
				return sourceGenerated(src)
			}
			return true
		}
	}
	return false
}

// sourceGenerated reports whether the Go file name, read from disk, is
// generated; a file that cannot be read is not known to be.
func sourceGenerated(name string) bool {
	src, err := readlimit.ReadFile(name)
	if err != nil {
		return false
	}
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}
