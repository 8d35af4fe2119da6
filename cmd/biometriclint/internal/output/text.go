package output

import (
	"fmt"
	"io"
)

// Text prints findings as file:line:col: message, like the go vet family,
// followed by what could not be analysed. Suppressed findings are not
// printed; their number is.
type Text struct{ W io.Writer }

// Handle prints r.
func (h *Text) Handle(r *Report) error {
	ew := &errWriter{w: h.W}
	suppressed := 0
	for _, f := range r.Findings() {
		if f.Suppressed != nil {
			suppressed++
			continue
		}
		ew.printf("%s: %s\n", f.Pos, f.Message)
	}
	for _, p := range r.Packages {
		for _, a := range p.Analyzers {
			if a.Err != "" {
				ew.printf("%s: %s: %s\n", p.ID, a.Name, a.Err)
			}
		}
	}
	if suppressed > 0 {
		ew.printf("%s: %d suppressed %s not shown\n", r.Tool, suppressed, plural(suppressed, "finding", "findings"))
	}
	for _, a := range r.Artifacts {
		ew.printf("%s: read %s: %s\n", r.Tool, a.Name, a.About)
	}
	if ew.err != nil {
		return ew.err
	}
	return Incomplete(h.W, r)
}

// Incomplete prints what could not be analysed and the analyzers that did
// not run: after the text diagnostics, and on standard error for the other
// formats, so that a run never fails silently.
func Incomplete(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	if len(r.Problems) > 0 {
		ew.printf("%s: not fully analysed:\n", r.Tool)
		for _, p := range r.Problems {
			ew.printf("\t%s\n", p)
		}
	}
	for _, s := range r.Skipped {
		ew.printf("%s: analyzer %s not run: %s\n", r.Tool, s.Analyzer, s.Reason)
	}
	return ew.err
}

// String is the problem in one line: where, then why.
func (p *Problem) String() string {
	where := p.Package
	if p.File != "" {
		if where != "" {
			where += ": "
		}
		where += p.File
	}
	return where + ": " + p.Reason
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errWriter keeps the first write error, so handlers check it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
