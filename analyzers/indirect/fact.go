package indirect

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// Capability is the object fact of a function, method, package-level
// variable or struct field that reaches catalogued biometric symbols: one
// path per category, in catalog.Categories order. Facts are gob-encoded
// between packages, so they hold names and positions, never pointers.
type Capability struct {
	Paths []Path
}

// Path is the shortest chain of calls from an object down to one use of a
// catalogued symbol of one category.
type Path struct {
	Category catalog.Category
	// Certainty and Decided are those of the SDK use at the end: a
	// wrapper never turns an undetermined use into a definite one.
	Certainty finding.Certainty
	Decided   string
	// SymbolPkg and Symbol name the catalogued symbol at the end of Steps.
	SymbolPkg, Symbol string
	// Steps go from the object down to the SDK: Steps[0].From is the object
	// itself, the last step's To is the catalogued symbol.
	Steps []Step
}

// Step is one reference of a chain: From calls (or refers to, holds,
// defines, is implemented by: Verb) To at Pos.
type Step struct {
	From, To string // display names: photosvc.Match, rekognition.Client.CompareFaces
	Verb     string
	Pos      Position
}

// Position is a token.Position without the offset, which no reader needs.
type Position struct {
	File      string
	Line, Col int
}

func (*Capability) AFact() {}

// String is what analysistest's fact expectations match: the categories
// and chains, without positions.
func (c *Capability) String() string {
	var b strings.Builder
	for i, p := range c.Paths {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s via ", p.Category)
		for j, s := range p.Steps {
			if j == 0 {
				b.WriteString(s.From)
			}
			b.WriteString(" -> " + s.To)
		}
	}
	return b.String()
}

// valid reports whether c has paths, each of a known category and with
// steps: what the analyzer relies on when it reads a fact.
func (c *Capability) valid() bool {
	for _, p := range c.Paths {
		if !p.Category.Valid() || len(p.Steps) == 0 {
			return false
		}
	}
	return len(c.Paths) > 0
}

// path returns the path of category c, or nil.
func (c *Capability) path(cat catalog.Category) *Path {
	for i := range c.Paths {
		if c.Paths[i].Category == cat {
			return &c.Paths[i]
		}
	}
	return nil
}

func position(p token.Position) Position {
	return Position{File: p.Filename, Line: p.Line, Col: p.Column}
}

func (p Position) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }
