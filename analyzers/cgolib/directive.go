package cgolib

import (
	"go/ast"
	"go/token"
	"strings"
)

// Kind is the kind of a native dependency a directive names.
type Kind int

// The kinds of native dependencies.
const (
	Header    Kind = iota // #include <name> or "name"
	Lib                   // -lname in #cgo LDFLAGS
	PkgConfig             // name in #cgo pkg-config
)

// Directive is a native dependency a line of C or of a cgo preamble names.
type Directive struct {
	Kind   Kind
	Name   string
	Text   string // the line, trimmed, for messages
	Offset int    // of Text in the text it was read from
}

// Directives returns the headers a C, C++ or cgo preamble text includes
// and, when cgo is true, the libraries and pkg-config packages of its
// #cgo lines.
func Directives(text string, cgo bool) []Directive {
	var ds []Directive
	off := 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		t := strings.TrimSpace(line)
		start := off + strings.Index(line, t)
		off += len(line)
		if !strings.HasPrefix(t, "#") {
			continue
		}
		body := strings.TrimSpace(t[1:])
		switch {
		case strings.HasPrefix(body, "include") || strings.HasPrefix(body, "import"):
			if name, ok := includeName(body); ok {
				ds = append(ds, Directive{Header, name, t, start})
			}
		case cgo && strings.HasPrefix(body, "cgo "):
			ds = append(ds, cgoDirective(body[len("cgo "):], t, start)...)
		}
	}
	return ds
}

// includeName returns the file of an #include or #import directive.
func includeName(body string) (string, bool) {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(body, "include"), "import"))
	if rest == "" {
		return "", false
	}
	closer := map[byte]byte{'<': '>', '"': '"'}[rest[0]]
	if closer == 0 {
		return "", false
	}
	end := strings.IndexByte(rest[1:], closer)
	if end <= 0 {
		return "", false
	}
	return rest[1 : 1+end], true
}

// cgoDirective reads "[GOOS...] LDFLAGS: flags" or "pkg-config: names".
func cgoDirective(s, text string, off int) []Directive {
	head, flags, ok := strings.Cut(s, ":")
	if !ok {
		return nil
	}
	fields := strings.Fields(head)
	if len(fields) == 0 {
		return nil
	}
	var ds []Directive
	switch fields[len(fields)-1] {
	case "LDFLAGS":
		args := strings.Fields(flags)
		for i, a := range args {
			switch {
			case a == "-l" && i+1 < len(args):
				ds = append(ds, Directive{Lib, args[i+1], text, off})
			case strings.HasPrefix(a, "-l") && len(a) > 2:
				ds = append(ds, Directive{Lib, a[2:], text, off})
			}
		}
	case "pkg-config":
		for name := range strings.FieldsSeq(flags) {
			if !strings.HasPrefix(name, "-") {
				ds = append(ds, Directive{PkgConfig, name, text, off})
			}
		}
	}
	return ds
}

// Preamble returns the cgo preamble of f (the comment above import "C")
// and where it starts in the file: ok is false when f does not import "C".
func Preamble(f *ast.File) (text string, pos token.Pos, ok bool) {
	for _, d := range f.Decls {
		gd, isGen := d.(*ast.GenDecl)
		if !isGen {
			continue
		}
		for _, spec := range gd.Specs {
			imp, isImp := spec.(*ast.ImportSpec)
			if !isImp || imp.Path.Value != `"C"` {
				continue
			}
			doc := imp.Doc
			if doc == nil && !gd.Lparen.IsValid() {
				doc = gd.Doc
			}
			if doc == nil {
				return "", 0, true
			}
			return commentText(doc), doc.Pos(), true
		}
	}
	return "", 0, false
}

// commentText returns the text of a comment group with the comment
// markers blanked out, so that offsets in it are offsets from the group's
// start.
func commentText(cg *ast.CommentGroup) string {
	var b strings.Builder
	end := cg.Pos()
	for _, c := range cg.List {
		if gap := int(c.Pos() - end); gap > 0 {
			// The gap between two comments: a newline and indentation.
			b.WriteString("\n" + strings.Repeat(" ", gap-1))
		}
		text := c.Text
		if strings.HasPrefix(text, "//") {
			b.WriteString("  " + text[2:])
		} else {
			b.WriteString("  " + text[2:len(text)-2] + "  ")
		}
		end = c.End()
	}
	return b.String()
}
