// Package finding turns catalog matches into diagnostics, so that every
// analyzer words its findings the same way: vendor and product, the symbol
// or evidence, what it does, the category and the legal reference.
package finding

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Finding is one piece of evidence of a biometric capability.
type Finding struct {
	Category catalog.Category
	Entry    *catalog.Entry
	Subject  string // the evidence, as the code spells it: rekognition.Client.CompareFaces
	// Package and Symbol name the catalogued evidence whatever the file's
	// spelling, for policy rules: the package's catalogued import path, and
	// the symbol name ("Client.CompareFaces"), empty for an import.
	Package string
	Symbol  string
	What    string // verb phrase completing Subject
	Legal   string
	Note    string // how it was found, when that qualifies it
	Related []analysis.RelatedInformation
	// Possible marks a finding that may not be biometric at all: a
	// generic loader whose model file could not be determined. The policy
	// gives it at most warning severity.
	Possible bool
}

// ForSymbol describes the use of a catalogued symbol.
func ForSymbol(s *catalog.Symbol) Finding {
	return Finding{
		Category: s.Category,
		Entry:    s.Package.Entry,
		Subject:  s.Package.PkgName() + "." + s.Name,
		Package:  s.Package.Path,
		Symbol:   s.Name,
		What:     s.What,
		Legal:    s.LegalRef(),
	}
}

// ForImport describes the import of a dedicated package, by the path the
// file spells (which may be an alias path of the catalogued package).
func ForImport(p *catalog.Package, path string) Finding {
	return Finding{
		Category: p.Category,
		Entry:    p.Entry,
		Subject:  fmt.Sprintf("import %q", path),
		Package:  p.Path,
		What:     p.What,
		Legal:    p.LegalRef(),
	}
}

// Message is the diagnostic text.
func (f Finding) Message() string {
	msg := fmt.Sprintf("%s: %s %s [%s; %s]", f.Entry.Title(), f.Subject, f.What, f.Category, f.Legal)
	if f.Note != "" {
		msg += " (" + f.Note + ")"
	}
	return msg
}

// Report reports f over rng, through the installed Sink (see SetSink).
func Report(pass *analysis.Pass, rng analysis.Range, f Finding) {
	currentSink().Report(pass, analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: string(f.Category),
		Message:  f.Message(),
		URL:      f.Entry.Docs,
		Related:  f.Related,
	}, f)
}
