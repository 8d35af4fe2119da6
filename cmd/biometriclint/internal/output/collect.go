package output

import (
	"bytes"
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// Collector turns diagnostics into findings: positions, vendor marking and
// source snippets. Both drivers use it, so findings look the same whichever
// driver produced them.
type Collector struct {
	// ReadFile reads a source file for snippets; files it cannot read get
	// no snippet.
	ReadFile func(name string) ([]byte, error)
	// OnResult, when set, is given every analyzer's result of every
	// package (the directive analyzer's list of directives, for one).
	OnResult func(a *analysis.Analyzer, result any)
	// Record, when set, returns the record the run's policy decided for
	// the diagnostic of analyzer in package pkg at pos with message.
	Record func(pkg *types.Package, analyzer string, pos token.Position, message string) *finding.Finding
	// Rename, when set, renames the files of the findings' positions (after
	// their snippets are read): the normal run names files relative to the
	// working directory, as the audit does.
	Rename func(name string) string

	lines    map[string][][]byte
	excluded []*Problem
}

// Result hands an analyzer's result on to OnResult.
func (c *Collector) Result(a *analysis.Analyzer, result any) {
	if c.OnResult != nil && result != nil {
		c.OnResult(a, result)
	}
}

// Finding converts diagnostic d of analyzer in package pkg into a
// finding, with its record (Record).
func (c *Collector) Finding(fset *token.FileSet, pkg *types.Package, analyzer string, d analysis.Diagnostic) *Finding {
	pos := fset.Position(d.Pos)
	var rec *finding.Finding
	if c.Record != nil {
		rec = c.Record(pkg, analyzer, pos, d.Message)
	}
	f := c.FindingAt(analyzer, d, pos, fset.Position(max(d.End, d.Pos)), rec)
	for _, r := range d.Related {
		rel := Related{Pos: position(fset, r.Pos), End: position(fset, max(r.End, r.Pos)), Message: r.Message}
		if c.Rename != nil {
			rel.Pos.File, rel.End.File = c.rename(rel.Pos.File), c.rename(rel.End.File)
		}
		f.Related = append(f.Related, rel)
	}
	return f
}

// FindingAt converts diagnostic d of analyzer, at resolved positions, with
// its record rec (nil for none), into a finding without related
// information: for findings recorded apart from their file set, such as
// the ones a policy suppressed.
func (c *Collector) FindingAt(analyzer string, d analysis.Diagnostic, pos, end token.Position, rec *finding.Finding) *Finding {
	f := &Finding{
		Analyzer: analyzer,
		Category: d.Category,
		Message:  d.Message,
		URL:      d.URL,
		Pos:      Position{File: pos.Filename, Line: pos.Line, Col: pos.Column},
		End:      Position{File: end.Filename, Line: end.Line, Col: end.Column},
	}
	f.Vendored = slices.Contains(strings.Split(filepath.ToSlash(f.Pos.File), "/"), "vendor")
	f.Snippet = c.snippet(f.Pos, f.End)
	if rec != nil {
		f.SetRecord(rec)
	}
	if c.Rename != nil {
		f.Pos.File, f.End.File = c.rename(f.Pos.File), c.rename(f.End.File)
		for _, rs := range [][]Related{f.Chain, f.Supporting} {
			for i := range rs {
				rs[i].Pos.File, rs[i].End.File = c.rename(rs[i].Pos.File), c.rename(rs[i].End.File)
			}
		}
	}
	return f
}

// SetRecord fills the fields the finding record gives.
func (f *Finding) SetRecord(rec *finding.Finding) {
	f.Entry, f.Kind, f.Certainty, f.Decided = rec.Entry, string(rec.Kind), string(rec.Certainty), rec.Decided
	f.Legal, f.Severity, f.Generated = rec.Legal, rec.Severity, rec.Generated
	if rec.Suppression != nil {
		f.Suppressed = &Suppression{Kind: rec.Suppression.Kind, Justification: rec.Suppression.Justification}
	}
	for _, s := range rec.Chain {
		p := Position{File: s.Pos.Filename, Line: s.Pos.Line, Col: s.Pos.Column}
		f.Chain = append(f.Chain, Related{Pos: p, End: p, Message: s.Line()})
	}
	for _, e := range rec.Supporting {
		f.Supporting = append(f.Supporting, Related{
			Pos:     Position{File: e.Pos.Filename, Line: e.Pos.Line, Col: e.Pos.Column},
			End:     Position{File: e.End.Filename, Line: e.End.Line, Col: e.End.Column},
			Message: e.Line(),
		})
	}
}

func (c *Collector) rename(name string) string {
	if name == "" {
		return ""
	}
	return c.Rename(name)
}

func position(fset *token.FileSet, p token.Pos) Position {
	if !p.IsValid() {
		return Position{}
	}
	pos := fset.Position(p)
	return Position{File: pos.Filename, Line: pos.Line, Col: pos.Column}
}

// maxSnippetLines bounds a snippet: a finding over a whole composite literal
// shows its first lines.
const maxSnippetLines = 3

func (c *Collector) snippet(start, end Position) string {
	if start.File == "" || start.Line == 0 || c.ReadFile == nil {
		return ""
	}
	if c.lines == nil {
		c.lines = map[string][][]byte{}
	}
	lines, ok := c.lines[start.File]
	if !ok {
		if src, err := c.ReadFile(start.File); err == nil {
			lines = bytes.Split(src, []byte("\n"))
		}
		c.lines[start.File] = lines
	}
	last := start.Line
	if end.File == start.File && end.Line > last {
		last = min(end.Line, start.Line+maxSnippetLines-1)
	}
	if start.Line > len(lines) {
		return ""
	}
	last = min(last, len(lines))
	var b strings.Builder
	for i := start.Line - 1; i < last; i++ {
		if i > start.Line-1 {
			b.WriteByte('\n')
		}
		b.Write(bytes.TrimRight(lines[i], "\r"))
	}
	return b.String()
}

// String formats p as file:line:col, as go/token does.
func (p Position) String() string {
	return token.Position{Filename: Printable(p.File), Line: p.Line, Column: p.Col}.String()
}

// Printable returns s with its control characters escaped as Go escapes
// them (a line break as \n, escape as \x1b): the names of an analysed
// tree's files are the tree's, and one holding a line break or a terminal
// escape sequence must not forge a line of the report or drive the
// terminal that shows it.
func Printable(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case unicode.IsControl(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
	return b.String()
}

// Rel returns name relative to r.Root, with forward slashes.
func (r *Report) Rel(name string) string {
	if r.Root != "" {
		if rel, err := filepath.Rel(r.Root, name); err == nil && !strings.HasPrefix(rel, "..") {
			name = rel
		}
	}
	return filepath.ToSlash(name)
}
