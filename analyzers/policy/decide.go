package policy

import (
	"fmt"
	"go/token"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// Subject is what the policy needs to know of a finding.
type Subject struct {
	Category catalog.Category
	Entry    *catalog.Entry // nil for evidence outside the catalog
	Package  string         // catalogued import path of the evidence
	Symbol   string         // catalogued symbol name; empty for an import
	Position token.Position
	// Possible: the finding may not be biometric at all (a cascade or
	// network whose model file could not be determined); its severity is
	// at most warning.
	Possible bool
}

// Decision is the policy's verdict on one finding.
type Decision struct {
	Subject
	// Severity is the category's severity, or Off for an excluded path.
	Severity Severity
	// Excluded is the exclude glob that matched, if any.
	Excluded string
	// Suppressed is true when a directive or an allow rule allowed the
	// finding; Justification is its reason, Source where it is written
	// ("file:line"), and Directive or Rule the one that did it. Directive
	// is also set, without Suppressed, for a directive an audit did not
	// obey (Ledger.DistrustDirectives).
	Suppressed    bool
	Justification string
	Source        string
	Directive     *Directive
	Rule          *Rule
	// Notes say why a finding that an allow rule matched is reported
	// anyway: the rule expired. The Ledger adds them to the message.
	Notes []string

	// Filled by the Ledger for findings of a run: the record, as decided.
	Finding    *finding.Finding
	Analyzer   string
	Diagnostic analysis.Diagnostic // as reported (or as it would have been), notes included
	End        token.Position
}

// Reported reports whether the finding is shown: not off, not suppressed.
func (d *Decision) Reported() bool { return d.Severity != Off && !d.Suppressed }

// SuppressionKind is the SARIF suppression kind of a suppressed finding:
// "inSource" for a directive, "external" for an allow rule, "" otherwise.
func (d *Decision) SuppressionKind() string {
	switch {
	case !d.Suppressed:
		return ""
	case d.Directive != nil:
		return "inSource"
	case d.Rule != nil:
		return "external"
	}
	return ""
}

// Decide gives the policy's verdict on one finding, at time now, given the
// directives of the finding's file. In order: an excluded path turns the
// finding off; a valid directive on the finding's line or the line above
// that names its category or entry suppresses it; else the first allow
// rule that matches and has not expired suppresses it. Expired rules that
// match leave a note. The category's severity applies throughout, so a
// suppressed finding keeps the severity it would have had.
func (p *Policy) Decide(sub Subject, directives []Directive, now time.Time) Decision {
	d := Decision{Subject: sub, Severity: p.SeverityOf(sub.Category)}
	if sub.Possible && d.Severity == Error {
		d.Severity = Warning
	}
	rel := p.rel(sub.Position.Filename)
	for _, g := range p.exclude {
		if rel != "" && g.match(rel) {
			d.Severity, d.Excluded = Off, g.text
			return d
		}
	}
	for i := range directives {
		if dir := &directives[i]; dir.applies(sub) {
			d.Suppressed, d.Justification, d.Source, d.Directive = true, dir.Reason, dir.Pos.String(), dir
			return d
		}
	}
	for _, r := range p.rules {
		if !r.matches(sub, rel) {
			continue
		}
		if !r.expires.IsZero() && !now.Before(r.expires.AddDate(0, 0, 1)) {
			d.Notes = append(d.Notes, fmt.Sprintf("allow rule at %s expired on %s: %s", r.at, r.expires.Format(time.DateOnly), r.Reason))
			continue
		}
		d.Suppressed, d.Justification, d.Source, d.Rule = true, r.Reason, r.at, &r.Rule
		return d
	}
	return d
}

// matches reports whether every selector the rule sets matches.
func (r *rule) matches(sub Subject, rel string) bool {
	if r.category != "" && r.category != sub.Category {
		return false
	}
	if r.Vendor != "" && (sub.Entry == nil || !strings.EqualFold(r.Vendor, sub.Entry.Vendor)) {
		return false
	}
	if r.Entry != "" && (sub.Entry == nil || r.Entry != sub.Entry.ID) {
		return false
	}
	if r.pkg != nil && (r.pkg.Path != sub.Package || r.symbol != "" && r.symbol != sub.Symbol) {
		return false
	}
	if len(r.paths) > 0 {
		if rel == "" {
			return false
		}
		for _, g := range r.paths {
			if g.match(rel) {
				return true
			}
		}
		return false
	}
	return true
}
