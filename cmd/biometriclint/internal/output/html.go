package output

import (
	_ "embed"
	"html/template"
	"io"
	"sync"
)

// HTML prints the Markdown report's content as one self-contained page:
// styles inline, no script, no external resource, so that it can be
// archived with an audit and opened offline.
type HTML struct{ W io.Writer }

//go:embed html.tmpl
var htmlText string

// htmlTmpl is parsed at the first HTML report, not when the program
// starts: every run would pay for it otherwise.
var htmlTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("html").Parse(htmlText))
})

// Handle prints r.
func (h *HTML) Handle(r *Report) error {
	return htmlTmpl().Execute(h.W, NewView(r))
}
