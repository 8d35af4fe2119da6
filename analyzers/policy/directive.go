package policy

import (
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"strings"
	"unicode"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// The directive prefix and the one directive.
const (
	directivePrefix = "//biometriclint:"
	allowDirective  = directivePrefix + "allow"
)

// Directive is a //biometriclint:allow comment:
//
//	//biometriclint:allow <category-or-entry-id>[,<id>...] -- <reason>
//
// It suppresses the findings of those categories or catalog entries on its
// own line and on the next line.
type Directive struct {
	Pos    token.Position
	IDs    []string
	Reason string
	// Problem says why the directive is malformed (no ID, no reason, an
	// unknown ID, an unknown //biometriclint: verb); a malformed directive
	// suppresses nothing and the directive analyzer reports it.
	Problem string
}

// Valid reports whether d is well-formed: only a valid directive suppresses.
func (d *Directive) Valid() bool { return d.Problem == "" }

// applies reports whether d suppresses a finding about sub.
func (d *Directive) applies(sub Subject) bool {
	if !d.Valid() || d.Pos.Filename != sub.Position.Filename ||
		sub.Position.Line != d.Pos.Line && sub.Position.Line != d.Pos.Line+1 {
		return false
	}
	for _, id := range d.IDs {
		if id == string(sub.Category) || sub.Entry != nil && id == sub.Entry.ID {
			return true
		}
	}
	return false
}

// ParseDirectives returns the //biometriclint: directives of f, in order.
func ParseDirectives(fset *token.FileSet, f *ast.File) []Directive {
	var ds []Directive
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if !strings.HasPrefix(c.Text, directivePrefix) {
				continue // most comments: no position to compute
			}
			if d, ok := parseDirective(c.Text, fset.Position(c.Slash)); ok {
				ds = append(ds, d)
			}
		}
	}
	return ds
}

// scanDirectives returns the directives of the Go source src of file
// filename, found with the scanner alone: the Ledger reads them for any
// file a finding is in, excluded files included.
func scanDirectives(filename string, src []byte) []Directive {
	var ds []Directive
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile(filename, -1, len(src)), src, nil, scanner.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return ds
		}
		if tok == token.COMMENT && strings.HasPrefix(lit, directivePrefix) {
			if d, ok := parseDirective(lit, fset.Position(pos)); ok {
				ds = append(ds, d)
			}
		}
	}
}

// parseDirective parses one comment; it reports false for a comment that
// is not a //biometriclint: directive.
func parseDirective(text string, pos token.Position) (Directive, bool) {
	rest, ok := strings.CutPrefix(text, directivePrefix)
	if !ok {
		return Directive{}, false
	}
	d := Directive{Pos: pos}
	verb, args, _ := strings.Cut(rest, " ")
	if verb != "allow" {
		d.Problem = fmt.Sprintf("unknown directive %s%s (want %s)", directivePrefix, verb, allowDirective)
		return d, true
	}
	ids, reason, _ := strings.Cut(args, "--")
	d.Reason = strings.TrimSpace(reason)
	d.IDs = strings.FieldsFunc(ids, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	usage := allowDirective + " <category-or-entry-id> -- <reason>"
	switch {
	case len(d.IDs) == 0:
		d.Problem = "directive names no category or catalog entry ID: " + usage
	case d.Reason == "":
		d.Problem = "directive has no reason: " + usage
	default:
		for _, id := range d.IDs {
			if !catalog.Category(id).Valid() && catalog.Default().Entry(id) == nil {
				d.Problem = fmt.Sprintf("directive names %q, neither a category (%s) nor a catalog entry ID", id, categoryNames())
				break
			}
		}
	}
	return d, true
}
