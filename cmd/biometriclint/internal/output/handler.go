package output

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Handler renders a report in one format.
type Handler interface {
	Handle(r *Report) error
}

// Formats lists the format names, for flags and help.
var Formats = []string{"text", "json", "sarif", "markdown", "html"}

// New returns the handler of the named format, writing to w.
func New(format string, w io.Writer) (Handler, error) {
	switch format {
	case "text":
		return &Text{W: w}, nil
	case "json":
		return &JSON{W: w}, nil
	case "sarif":
		return &SARIF{W: w}, nil
	case "markdown", "md":
		return &Markdown{W: w}, nil
	case "html":
		return &HTML{W: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// ValidFormat reports whether New accepts format.
func ValidFormat(format string) bool {
	return slices.Contains(Formats, format) || format == "md"
}
