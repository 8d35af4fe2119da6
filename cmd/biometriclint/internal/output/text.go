package output

import (
	"fmt"
	"io"
)

// Text prints findings as file:line:col: message, one a line, as
// staticcheck and golangci-lint do on standard output. Suppressed findings
// are not printed; SuppressedNote says how many there are. What could not be
// analysed is not part of the findings: Incomplete prints it, on standard
// error.
type Text struct{ W io.Writer }

// Handle prints r.
func (h *Text) Handle(r *Report) error {
	ew := &errWriter{w: h.W}
	for _, f := range r.Findings() {
		if f.Suppressed != nil {
			continue
		}
		ew.printf("%s: %s\n", f.Pos, f.Message)
		// The chain and the supporting evidence, indented under the
		// finding, as docs/findings.md shows.
		for _, c := range f.Chain {
			ew.printf("\t%s: %s\n", c.Pos, c.Message)
		}
		for _, e := range f.Supporting {
			ew.printf("\t%s: supporting: %s\n", e.Pos, e.Message)
		}
	}
	return ew.err
}

// SuppressedNote prints the number of suppressed findings that the text
// output leaves out, if any.
func SuppressedNote(w io.Writer, r *Report) error {
	n := 0
	for _, f := range r.Findings() {
		if f.Suppressed != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	_, err := fmt.Fprintf(w, "%s: %d suppressed %s not shown\n", r.Tool, n, plural(n, "finding", "findings"))
	return err
}

// Incomplete prints what the findings do not show: the analyzers that
// failed, the model loaders whose model is unknown, what could not be
// analysed and the analyzers that did not run, on standard error in every
// format, so that a run never fails silently and findings alone go to
// standard output.
func Incomplete(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	for _, p := range r.Packages {
		for _, a := range p.Analyzers {
			if a.Err != "" {
				ew.printf("%s: %s: analyzer %s failed: %s\n", r.Tool, p.ID, a.Name, a.Err)
			}
		}
	}
	if n := len(r.Unresolved); n > 0 {
		ew.printf("%s: %d model %s whose model could not be determined, with no sign of biometrics nearby (not findings):\n",
			r.Tool, n, plural(n, "loader", "loaders"))
		for _, l := range r.Unresolved {
			ew.printf("\t%s: %s: %s\n", l.Pos, l.Subject, l.Why)
		}
	}
	for _, a := range r.Artifacts {
		ew.printf("%s: read %s: %s\n", r.Tool, a.Name, a.About)
	}
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
	if where == "" {
		return p.Reason
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

// printf prints format with args made Printable: the format's tabs and
// line breaks are the only ones a line holds, whatever a file name, a
// message about an executable's contents or a reason holds.
func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	for i, a := range args {
		switch a := a.(type) {
		case string:
			args[i] = Printable(a)
		case fmt.Stringer:
			args[i] = Printable(a.String())
		}
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
