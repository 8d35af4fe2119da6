package policy

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// Ledger is the finding.Decider of a run under a policy: it decides every finding,
// reports to the pass only those that are shown, and records every
// decision, shown or not, for the reports that must keep them all.
type Ledger struct {
	p *Policy
	// distrust is set for an audit: the tree's own directives do not
	// suppress its findings (DistrustDirectives).
	distrust bool

	mu        sync.Mutex
	decisions map[ledgerKey]*decided
	files     map[string][]Directive // directives by file name
}

// ledgerKey identifies a finding of one package. A file of a package and
// of its test variant (p and p [p.test]) is analysed in each, and the two
// findings at one place can differ: the variant's repeats in test files
// support its finding. Each diagnostic has its own package's record.
type ledgerKey struct {
	pkg            *types.Package
	analyzer, file string
	offset         int
	message        string
}

// decided is a decision with the number of files of its package, which
// tells a package from its test variant.
type decided struct {
	d     *Decision
	files int
}

// Config returns the configuration of a run under p, for config.Bind:
// the analyzers see p's catalog (with the settings' extra entries), and
// the returned Ledger decides every finding, so that suppressed and
// excluded findings never reach the passes, and records every decision.
func (p *Policy) Config() (*config.Config, *Ledger) {
	l := &Ledger{p: p, decisions: map[ledgerKey]*decided{}, files: map[string][]Directive{}}
	return &config.Config{Catalog: p.cat, Decider: l}, l
}

// DistrustDirectives makes l decide findings as if their code had no
// //biometriclint:allow directives, for an audit: a tree under review does
// not get to turn its findings off, whether in a .biometriclint.yml or in
// its comments. A finding a directive allows is shown, and counted, with
// the directive's reason in a note; the directive still counts as used.
func (l *Ledger) DistrustDirectives() { l.distrust = true }

// Decide implements finding.Decider: it fills f's severity and
// suppression, adds the notes of expired allow rules and distrusted
// directives to the message, and records the decision.
func (l *Ledger) Decide(pass *analysis.Pass, f *finding.Finding, diag *analysis.Diagnostic) bool {
	sub := Subject{Category: f.Category, Entry: f.Entry, Package: f.Package, Symbol: f.Symbol, Position: f.Pos, Possible: f.Certainty == finding.Possible}
	d := l.p.Decide(sub, l.directives(pass, f.Pos.Filename), l.p.now())
	if dir := d.Directive; l.distrust && dir != nil {
		d = l.p.Decide(sub, nil, l.p.now())
		d.Directive = dir // used, for Unused, though not obeyed
		d.Notes = append(d.Notes, fmt.Sprintf("allowed in the code: %q; an audit does not take the tree's word for it", dir.Reason))
	}
	if len(d.Notes) > 0 {
		diag.Message += " (" + strings.Join(d.Notes, "; ") + ")"
	}
	f.Severity = string(d.Severity)
	if d.Suppressed {
		f.Suppression = &finding.Suppression{Kind: d.SuppressionKind(), Justification: d.Justification}
		if d.Source != "" {
			f.Suppression.Justification += " (" + d.Source + ")"
		}
	}
	d.Analyzer, d.Diagnostic, d.End, d.Finding = f.Analyzer, *diag, f.End, f
	k := ledgerKey{pass.Pkg, d.Analyzer, d.Position.Filename, d.Position.Offset, d.Diagnostic.Message}
	l.mu.Lock()
	l.decisions[k] = &decided{&d, len(pass.Files)}
	l.mu.Unlock()
	return d.Reported()
}

// Lookup returns the record of the finding analyzer reported in package
// pkg at pos with message (as the pass got it, notes included), or nil.
func (l *Ledger) Lookup(pkg *types.Package, analyzer string, pos token.Position, message string) *finding.Finding {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e := l.decisions[ledgerKey{pkg, analyzer, pos.Filename, pos.Offset, message}]; e != nil {
		return e.d.Finding
	}
	return nil
}

// directives returns the directives of the named file, read once.
func (l *Ledger) directives(pass *analysis.Pass, filename string) []Directive {
	l.mu.Lock()
	ds, ok := l.files[filename]
	l.mu.Unlock()
	if ok {
		return ds
	}
	if src, err := pass.ReadFile(filename); err == nil {
		ds = scanDirectives(filename, src)
	}
	l.mu.Lock()
	l.files[filename] = ds
	l.mu.Unlock()
	return ds
}

// Decisions returns every decision recorded so far, shown, suppressed or
// off, ordered by file, position, analyzer and message, each finding once:
// of a package and its test variant, the package's (fewer files), as the
// reports list the package first.
func (l *Ledger) Decisions() []Decision {
	l.mu.Lock()
	all := make([]*decided, 0, len(l.decisions))
	for _, e := range l.decisions {
		all = append(all, e)
	}
	l.mu.Unlock()
	same := func(a, b *decided) int {
		return cmp.Or(comparePos(a.d.Position, b.d.Position),
			cmp.Compare(a.d.Analyzer, b.d.Analyzer),
			cmp.Compare(a.d.Diagnostic.Message, b.d.Diagnostic.Message))
	}
	slices.SortFunc(all, func(a, b *decided) int {
		if c := cmp.Or(same(a, b), cmp.Compare(a.files, b.files)); c != 0 {
			return c
		}
		// Two packages with as many files that share this one (not a
		// package and its test variant): still an order that does not
		// depend on which pass ended first.
		return cmp.Compare(supportOf(a.d), supportOf(b.d))
	})
	all = slices.CompactFunc(all, func(a, b *decided) bool { return same(a, b) == 0 })
	out := make([]Decision, len(all))
	for i, e := range all {
		out[i] = *e.d
	}
	return out
}

// supportOf spells the supporting evidence of d's finding, for ordering
// two records of one place.
func supportOf(d *Decision) string {
	var b strings.Builder
	if d.Finding != nil {
		for _, e := range d.Finding.Supporting {
			b.WriteString(e.Pos.String() + " " + e.Line() + "\n")
		}
	}
	return b.String()
}

func comparePos(a, b token.Position) int {
	return cmp.Or(cmp.Compare(a.Filename, b.Filename), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}
