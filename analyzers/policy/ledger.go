package policy

import (
	"cmp"
	"go/token"
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

	mu        sync.Mutex
	decisions map[ledgerKey]*Decision
	files     map[string][]Directive // directives by file name
}

type ledgerKey struct {
	analyzer, file string
	offset         int
	message        string
}

// Config returns the configuration of a run under p, for config.Bind:
// the analyzers see p's catalog (with the settings' extra entries), and
// the returned Ledger decides every finding, so that suppressed and
// excluded findings never reach the passes, and records every decision.
func (p *Policy) Config() (*config.Config, *Ledger) {
	l := &Ledger{p: p, decisions: map[ledgerKey]*Decision{}, files: map[string][]Directive{}}
	return &config.Config{Catalog: p.cat, Decider: l}, l
}

// Decide implements finding.Decider: it fills f's severity and
// suppression, adds the notes of expired allow rules to the message, and
// records the decision.
func (l *Ledger) Decide(pass *analysis.Pass, f *finding.Finding, diag *analysis.Diagnostic) bool {
	sub := Subject{Category: f.Category, Entry: f.Entry, Package: f.Package, Symbol: f.Symbol, Position: f.Pos, Possible: f.Certainty == finding.Possible}
	d := l.p.Decide(sub, l.directives(pass, f.Pos.Filename), l.p.now())
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
	l.record(&d)
	return d.Reported()
}

// record adds d, once: a file analysed in a package and in its test
// variant yields the same finding twice.
func (l *Ledger) record(d *Decision) {
	k := ledgerKey{d.Analyzer, d.Position.Filename, d.Position.Offset, d.Diagnostic.Message}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, dup := l.decisions[k]; !dup {
		l.decisions[k] = d
	}
}

// Lookup returns the record of the finding analyzer reported at pos with
// message (as the pass got it, notes included), or nil.
func (l *Ledger) Lookup(analyzer string, pos token.Position, message string) *finding.Finding {
	l.mu.Lock()
	defer l.mu.Unlock()
	if d := l.decisions[ledgerKey{analyzer, pos.Filename, pos.Offset, message}]; d != nil {
		return d.Finding
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
// off, ordered by file, position, analyzer and message.
func (l *Ledger) Decisions() []Decision {
	l.mu.Lock()
	out := make([]Decision, 0, len(l.decisions))
	for _, d := range l.decisions {
		out = append(out, *d)
	}
	l.mu.Unlock()
	slices.SortFunc(out, func(a, b Decision) int {
		return cmp.Or(comparePos(a.Position, b.Position),
			cmp.Compare(a.Analyzer, b.Analyzer),
			cmp.Compare(a.Diagnostic.Message, b.Diagnostic.Message))
	})
	return out
}

func comparePos(a, b token.Position) int {
	return cmp.Or(cmp.Compare(a.Filename, b.Filename), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}
