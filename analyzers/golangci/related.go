package golangci

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/internal/workdir"
)

// placeRelated returns analyzers with each one that no other requires
// wrapped so that the related entries of its diagnostics that lie in
// another file say where they are. golangci-lint prints such an entry (a
// step of an indirect use's chain, in the package it calls) at the
// diagnostic's own position, and its message is then all the reader has;
// the command and go vet print it at its own position. A required
// analyzer is left alone: the ones requiring it hold its identity.
func placeRelated(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	required := map[*analysis.Analyzer]bool{}
	var mark func(as []*analysis.Analyzer)
	mark = func(as []*analysis.Analyzer) {
		for _, a := range as {
			for _, r := range a.Requires {
				if !required[r] {
					required[r] = true
					mark([]*analysis.Analyzer{r})
				}
			}
		}
	}
	mark(analyzers)
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = a
		if !required[a] {
			out[i] = withPlacedRelated(a)
		}
	}
	return out
}

// withPlacedRelated returns a copy of a whose diagnostics name, at the
// start of the message of each related entry in another file, the entry's
// file, line and column (named as the command names files: workdir.Rel),
// as go vet's driver does when it has no position to show.
func withPlacedRelated(a *analysis.Analyzer) *analysis.Analyzer {
	cp := *a
	run := a.Run
	cp.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			pass.Report(placeEntries(pass.Fset, d))
		}
		return run(&p)
	}
	return &cp
}

// placeEntries returns d with the messages of its related entries in
// another file than d's prefixed with their positions.
func placeEntries(fset *token.FileSet, d analysis.Diagnostic) analysis.Diagnostic {
	at := fset.Position(d.Pos)
	var placed []analysis.RelatedInformation
	for i, r := range d.Related {
		pos := fset.Position(r.Pos)
		if !pos.IsValid() || pos.Filename == at.Filename {
			continue
		}
		if placed == nil {
			placed = append([]analysis.RelatedInformation(nil), d.Related...)
		}
		pos.Filename = workdir.Rel(pos.Filename)
		placed[i].Message = pos.String() + ": " + r.Message
	}
	if placed != nil {
		d.Related = placed
	}
	return d
}
