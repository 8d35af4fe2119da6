package policy

import (
	"cmp"
	"go/token"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
)

// Ledger is the finding.Sink a policy installs: it decides every finding,
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

// Install makes p decide every finding from now on, process-wide: the
// analyzers see p's catalog (with the settings' extra entries), suppressed
// and excluded findings no longer reach the passes, and the returned Ledger
// records every decision. Call it once, before analysis starts.
func (p *Policy) Install() *Ledger {
	l := &Ledger{p: p, decisions: map[ledgerKey]*Decision{}, files: map[string][]Directive{}}
	catalog.SetDefault(p.cat)
	finding.SetSink(l)
	return l
}

// Uninstall undoes Install: every finding is reported again, with the
// embedded catalog.
func Uninstall() {
	finding.SetSink(nil)
	catalog.SetDefault(nil)
}

// Report implements finding.Sink.
func (l *Ledger) Report(pass *analysis.Pass, diag analysis.Diagnostic, f finding.Finding) {
	pos := pass.Fset.Position(diag.Pos)
	sub := Subject{Category: f.Category, Entry: f.Entry, Package: f.Package, Symbol: f.Symbol, Position: pos, Possible: f.Possible}
	d := l.p.Decide(sub, l.directives(pass, pos.Filename), l.p.now())
	if len(d.Notes) > 0 {
		diag.Message += " (" + strings.Join(d.Notes, "; ") + ")"
	}
	d.Analyzer, d.Diagnostic, d.End = pass.Analyzer.Name, diag, pass.Fset.Position(diag.End)
	l.record(&d)
	if d.Reported() {
		pass.Report(diag)
	}
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
