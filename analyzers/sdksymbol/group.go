package sdksymbol

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
)

// One finding per capability use. A call is the act; the type references,
// constructors, request constants and result fields of the same SDK entry
// in the same function serve it, and become its supporting evidence,
// attached to the nearest call before them (else the first after them).
// Where no call of the entry explains them (reading emotions from a
// response obtained in another function), the uses of one entry in one
// function are one finding: the first of the most restricted category,
// with the others as its supporting evidence.

// kindOf classifies a use by what the code does with the symbol.
func kindOf(info *types.Info, u match.Use) finding.Kind {
	if u.Call != nil {
		if constructor(u.Symbol) {
			return finding.Constructor
		}
		return finding.Call
	}
	var id *ast.Ident
	switch n := u.Node.(type) {
	case *ast.Ident:
		id = n
	case *ast.SelectorExpr:
		id = n.Sel
	}
	if info != nil && id != nil {
		switch obj := info.Uses[id].(type) {
		case *types.TypeName:
			return finding.TypeRef
		case *types.Const:
			return finding.Constant
		case *types.Func:
			return finding.Call // a method value: called later
		case *types.Var:
			if obj.IsField() {
				return finding.Field
			}
		}
	}
	if u.ByMethodName || u.ByMirror {
		return finding.Call // a method value
	}
	if u.Symbol.Member() != "" {
		return finding.Field
	}
	return finding.TypeRef
}

// constructor reports whether s makes a client, a detector or a request
// rather than doing the act: a package-level New… or Create… function that
// loads no model (gocv.NewFaceRecognizerSF and go-face's NewRecognizer
// load recognition models: acts) and pages through no results (AWS's
// New…Paginator lists what its name says: an act).
func constructor(s *catalog.Symbol) bool {
	if s.Member() != "" || modelRefined(s) || strings.HasPrefix(s.What, "loads ") || strings.HasSuffix(s.Name, "Paginator") {
		return false
	}
	return strings.HasPrefix(s.Name, "New") || strings.HasPrefix(s.Name, "Create")
}

// group turns the uses of one file, in source order, into findings.
func group(uses []*Use) []*Use {
	type scope struct {
		fn    ast.Node
		entry *catalog.Entry
	}
	primaries := map[scope][]*Use{}
	for _, u := range uses {
		if u.Finding.Kind.Primary() {
			k := scope{u.fn, u.Finding.Entry}
			primaries[k] = append(primaries[k], u)
		}
	}
	leaders := map[scope]*Use{} // of the uses no call explains
	var out []*Use
	for _, u := range uses {
		k := scope{u.fn, u.Finding.Entry}
		switch {
		case u.Finding.Kind.Primary():
			out = append(out, u)
		case u.fn != nil && len(primaries[k]) > 0:
			p := nearest(primaries[k], u)
			p.Finding.Support(u.Node, u.Finding.AsEvidence())
		case u.fn == nil:
			out = append(out, u) // package level: no function to group by
		case leaders[k] == nil:
			leaders[k] = u
			out = append(out, u)
		default:
			lead := leaders[k]
			if u.Finding.Category.Rank() < lead.Finding.Category.Rank() {
				// The more restricted use leads; the former leader supports it.
				u.Finding.Supporting = append(u.Finding.Supporting, lead.Finding.Supporting...)
				lead.Finding.Supporting = nil
				u.Finding.Support(lead.Node, lead.Finding.AsEvidence())
				for i := range out {
					if out[i] == lead {
						out[i] = u
					}
				}
				leaders[k] = u
				continue
			}
			lead.Finding.Support(u.Node, u.Finding.AsEvidence())
		}
	}
	return out
}

// nearest returns the primary before u closest to it, else the first.
func nearest(ps []*Use, u *Use) *Use {
	best := ps[0]
	for _, p := range ps {
		if p.Node.Pos() <= u.Node.Pos() {
			best = p
		}
	}
	return best
}
