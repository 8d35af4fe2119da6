package output

import (
	_ "embed"
	"io"
	"strings"
	"sync"
	"text/template"
)

// Markdown prints a report for people: summary by category, vendor and
// legal reference, every finding with a code excerpt, the biometric
// modules, and what could not be analysed.
type Markdown struct{ W io.Writer }

//go:embed markdown.tmpl
var markdownText string

// markdownTmpl is parsed at the first Markdown report, not when the
// program starts: every run would pay for it otherwise.
var markdownTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("markdown").Funcs(template.FuncMap{
		"cell":     mdCell,
		"text":     mdText,
		"code":     mdCode,
		"cellcode": mdCellCode,
		// A code block's fence: three backquotes or more, longer than any
		// run in the snippet.
		"fence": func(s string) string { return fenced(s, 3) },
	}).Parse(markdownText))
})

// Handle prints r.
func (h *Markdown) Handle(r *Report) error {
	return markdownTmpl().Execute(h.W, NewView(r))
}

// mdText escapes s, one line of text from the analysed code (a message
// quotes its strings, a file has its name), so that it shows as written
// and cannot make Markdown of its own: no HTML ("<h1>"), link ("](…)"),
// code span or emphasis with stars, no line break or other control
// character (Printable), and a backslash stays one.
func mdText(s string) string { return mdEscapes.Replace(Printable(s)) }

var mdEscapes = strings.NewReplacer(`\`, `\\`, "<", `\<`, "](", `]\(`, "`", "\\`", "*", `\*`)

// mdCell escapes s for a Markdown table cell: as text, and its bars.
func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

// mdCode returns s as a code span, whatever backquotes it holds: fenced by
// a longer run of them, and apart from them by a space when it starts or
// ends with one. Backslashes show as they are in a code span.
func mdCode(s string) string {
	s = Printable(s)
	fence := fenced(s, 1)
	return fence + pad(s) + fence
}

// mdCellCode is mdCode in a table cell, whose bars are escaped even in a
// code span.
func mdCellCode(s string) string {
	return strings.ReplaceAll(mdCode(s), "|", `\|`)
}

// fenced returns the shortest run of backquotes, min at least, that s
// does not hold: a fence for s.
func fenced(s string, min int) string {
	for strings.Contains(s, strings.Repeat("`", min)) {
		min++
	}
	return strings.Repeat("`", min)
}

// pad puts a space on each side of s when it starts or ends with a
// backquote, which would otherwise join the fence.
func pad(s string) string {
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return " " + s + " "
	}
	return s
}
