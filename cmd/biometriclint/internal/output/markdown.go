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
		"cell": mdCell,
		"fence": func(s string) string {
			// A fence longer than any backquote run in the snippet.
			n := 3
			for strings.Contains(s, strings.Repeat("`", n)) {
				n++
			}
			return strings.Repeat("`", n)
		},
	}).Parse(markdownText))
})

// Handle prints r.
func (h *Markdown) Handle(r *Report) error {
	return markdownTmpl().Execute(h.W, NewView(r))
}

// mdCell escapes s for a Markdown table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}
