package discover

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
)

// Uncatalogued is the entry of possible findings: no vendor of the catalog.
// Its ID is what a suppression names: //biometriclint:allow discover -- reason.
var Uncatalogued = &catalog.Entry{
	ID:      "discover",
	Vendor:  "Uncatalogued",
	Product: "vendor or library",
	Docs:    analysisutil.DocURL("discover"),
}

// report is the one place that makes a finding of evidence, with the
// evidence's other occurrences in the package as supporting evidence.
func report(pass *analysis.Pass, ev Evidence, again ...Evidence) {
	info, _ := ev.Category.Info()
	fd := finding.ForEvidence(finding.Discovered, Uncatalogued, ev.Category, ev.Subject,
		"may be "+strings.ToLower(info.Title)+" outside the catalog; evidence: "+Describe(ev.Signals))
	fd.SetCategory(ev.Category, finding.Possible, "catalogue the vendor (biometriclint discover drafts the entry) or allow it with a reason")
	fd.Note = ev.Note
	for _, a := range again {
		fd.Support(a.rangeOf(), finding.Evidence{Kind: finding.Discovered, Category: a.Category, Subject: a.Subject, What: "again"})
	}
	emit.Finding(pass, ev.rangeOf(), fd)
}

// rangeOf is where the evidence is: its node, or its subject's text.
func (ev Evidence) rangeOf() rangeOf {
	pos := ev.pos()
	end := pos + token.Pos(len(ev.Subject))
	if ev.Node != nil {
		end = ev.Node.End()
	}
	return rangeOf{pos, end}
}

type rangeOf struct{ pos, end token.Pos }

func (r rangeOf) Pos() token.Pos { return r.pos }
func (r rangeOf) End() token.Pos { return r.end }

// Describe lists the signals, strong ones first, each kind once.
func Describe(sigs []Signal) string {
	var parts []string
	seen := map[Kind]bool{}
	for _, strong := range []bool{true, false} {
		for _, s := range sigs {
			if s.Strong != strong || seen[s.Kind] {
				continue
			}
			seen[s.Kind] = true
			t := string(s.Kind) + ": " + s.Text
			if s.Strong {
				t += " (strong)"
			}
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "; ")
}
