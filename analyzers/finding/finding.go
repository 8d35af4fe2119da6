// Package finding is the structured record of one biometric capability use,
// from the analyzer that finds it to every output: the catalog entry, the
// kind of evidence, the category and how certain it is, the severity the
// policy decided, the chain of an indirect use and the evidence that
// supports it. Outputs render records; none parses message text.
package finding

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Kind is the kind of evidence a finding or a supporting item is.
type Kind string

// The kinds of evidence. A primary finding is an act: a call, an endpoint,
// a model load, an import of a dedicated package, a native library, a
// requirement, an indirect call. Type references, constructors, request
// constants and result fields are supporting evidence of the act they
// serve, and stand alone only where no act in the same function explains
// them.
const (
	Import      Kind = "import"
	Call        Kind = "call"
	Constructor Kind = "constructor"
	Field       Kind = "field"
	Constant    Kind = "constant"
	TypeRef     Kind = "type"
	Endpoint    Kind = "endpoint"
	Model       Kind = "model"
	Native      Kind = "native"
	Requirement Kind = "requirement"
	Indirect    Kind = "indirect"
	Discovered  Kind = "possible"
)

// Primary reports whether evidence of kind k is an act, which other
// evidence can support.
func (k Kind) Primary() bool {
	switch k {
	case Constructor, Field, Constant, TypeRef:
		return false
	}
	return true
}

// Certainty says how sure a finding's category is.
type Certainty string

const (
	// Certain: the evidence has one category whatever the code asks.
	Certain Certainty = "certain"
	// Refined: what the call requests decided the category (Decided says
	// which values).
	Refined Certainty = "refined"
	// Undetermined: what the call requests could not be determined, so the
	// broadest plausible category is reported (Decided says why).
	Undetermined Certainty = "undetermined"
	// Possible: the evidence may not be biometric at all (a generic model
	// loader with biometric evidence nearby, a vendor the catalog does not
	// name); the policy gives it warning severity at most.
	Possible Certainty = "possible"
)

// Finding is one capability use.
type Finding struct {
	// Analyzer is the analyzer that reported it (filled when reported).
	Analyzer string
	Kind     Kind
	Category catalog.Category
	// Certainty and Decided: how the category was reached, and the values
	// that decided it (Refined) or why they could not be (Undetermined).
	Certainty Certainty
	Decided   string
	// Entry is the catalog entry; nil only for a possible finding of a
	// vendor the catalog does not name.
	Entry *catalog.Entry
	// Subject is the evidence as the code spells it:
	// rekognition.Client.CompareFaces, import "github.com/Kagami/go-face".
	Subject string
	// Package and Symbol name the catalogued evidence whatever the file's
	// spelling, for policy rules: the package's catalogued import path, and
	// the symbol name ("Client.CompareFaces"), empty for an import.
	Package, Symbol string
	What            string // verb phrase completing Subject
	Legal           string
	// Note says how it was found, when that qualifies it: without types,
	// in a file the build excludes.
	Note string
	// Generated is set for a finding in a generated file (a mock, protobuf
	// code): marked, never hidden, since generated code ships the call too.
	Generated bool

	// Severity is the policy's decision: "error", "warning" or "off";
	// Suppression, when set, says why the finding is allowed.
	Severity    string
	Suppression *Suppression

	// Pos and End locate the finding, resolved when it is reported.
	Pos, End token.Position
	// Chain goes from the called wrapper down to the SDK use, for an
	// indirect finding.
	Chain []Step
	// Supporting lists the evidence that serves this finding in the same
	// function: type references, constructors, request constants, result
	// fields, model names passed to it.
	Supporting []Evidence
}

// Step is one link of an indirect chain: From calls (or refers to, holds,
// is implemented by: Verb) To at Pos.
type Step struct {
	From, Verb, To string
	Pos            token.Position
}

// Evidence is an item of supporting evidence.
type Evidence struct {
	Kind     Kind
	Category catalog.Category
	Subject  string
	What     string
	Pos, End token.Position
	// at is the range the analyzer found it at, resolved when reported.
	at analysis.Range
}

// Suppression records why a finding is allowed.
type Suppression struct {
	Kind          string // "inSource" (a directive) or "external" (a policy allow rule)
	Justification string
}

// ForSymbol describes the use of a catalogued symbol.
func ForSymbol(s *catalog.Symbol) Finding {
	return Finding{
		Kind:      Call,
		Category:  s.Category,
		Certainty: Certain,
		Entry:     s.Package.Entry,
		Subject:   s.Package.PkgName() + "." + s.Name,
		Package:   s.Package.Path,
		Symbol:    s.Name,
		What:      s.What,
		Legal:     s.LegalRef(),
	}
}

// ForImport describes the import of a dedicated package, by the path the
// file spells (which may be an alias path of the catalogued package).
func ForImport(p *catalog.Package, path string) Finding {
	return Finding{
		Kind:      Import,
		Category:  p.Category,
		Certainty: Certain,
		Entry:     p.Entry,
		Subject:   fmt.Sprintf("import %q", path),
		Package:   p.Path,
		What:      p.What,
		Legal:     p.LegalRef(),
	}
}

// ForEvidence describes evidence other than an SDK symbol or import: an
// endpoint, a model file, a native library or a module requirement, whose
// category the evidence decided.
func ForEvidence(kind Kind, e *catalog.Entry, c catalog.Category, subject, what string) Finding {
	return Finding{
		Kind:      kind,
		Category:  c,
		Certainty: Certain,
		Entry:     e,
		Subject:   subject,
		What:      what,
		Legal:     e.LegalFor(c),
	}
}

// SetCategory sets the category and its legal reference, and how certain
// it is.
func (f *Finding) SetCategory(c catalog.Category, certainty Certainty, decided string) {
	f.Category, f.Certainty, f.Decided = c, certainty, decided
	if f.Entry != nil {
		f.Legal = f.Entry.LegalFor(c)
	} else if info, ok := c.Info(); ok {
		f.Legal = info.Legal
	}
}

// Support adds e, found over rng, to f's supporting evidence.
func (f *Finding) Support(rng analysis.Range, e Evidence) {
	e.at = rng
	f.Supporting = append(f.Supporting, e)
}

// AsEvidence is f as supporting evidence of another finding, with the
// values that refined it.
func (f *Finding) AsEvidence() Evidence {
	e := Evidence{Kind: f.Kind, Category: f.Category, Subject: f.Subject, What: f.What}
	if f.Certainty == Refined && f.Decided != "" {
		e.What += "; here it " + f.Decided
	}
	return e
}

// Title is the vendor and product, or the vendor the evidence suggests.
func (f *Finding) Title() string {
	if f.Entry != nil {
		return f.Entry.Title()
	}
	return "Unknown vendor"
}

// Qualifier is the parenthesised part of the message: how the finding was
// made when that qualifies it.
func (f *Finding) Qualifier() string {
	var parts []string
	switch f.Certainty {
	case Undetermined:
		parts = append(parts, "undetermined: "+f.Decided)
	case Possible:
		if f.Decided != "" {
			parts = append(parts, "possible: "+f.Decided)
		} else {
			parts = append(parts, "possible")
		}
	}
	if f.Note != "" {
		parts = append(parts, f.Note)
	}
	if len(f.Chain) > 0 {
		parts = append(parts, fmt.Sprintf("indirect use, %d %s down to the SDK", len(f.Chain), plural(len(f.Chain), "step")))
	}
	if f.Generated {
		parts = append(parts, "in a generated file")
	}
	return strings.Join(parts, "; ")
}

// Message is the one-line diagnostic text.
func (f *Finding) Message() string {
	what := f.What
	if f.Certainty == Refined && f.Decided != "" {
		what += "; here it " + f.Decided
	}
	msg := fmt.Sprintf("%s: %s %s [%s; %s]", f.Title(), f.Subject, what, f.Category, f.Legal)
	if q := f.Qualifier(); q != "" {
		msg += " (" + q + ")"
	}
	return msg
}

// Diagnostic is f as an analysis diagnostic: the chain and the supporting
// evidence become related information, so that go vet and golangci-lint
// show them too.
func (f *Finding) Diagnostic(rng analysis.Range) analysis.Diagnostic {
	d := analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: string(f.Category),
		Message:  f.Message(),
	}
	if f.Entry != nil {
		d.URL = f.Entry.Docs
	}
	return d
}

// EvidenceRelated returns the related information of the supporting
// evidence, at the ranges the analyzer found it.
func (f *Finding) EvidenceRelated() []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, e := range f.Supporting {
		if e.at == nil {
			continue
		}
		out = append(out, analysis.RelatedInformation{Pos: e.at.Pos(), End: e.at.End(), Message: e.Line()})
	}
	return out
}

// Line is the evidence in one line: "field types.FaceDetail.Emotions holds ...".
func (e Evidence) Line() string {
	return fmt.Sprintf("%s %s [%s]", e.Subject, e.What, e.Category)
}

// Line is the step in one line: "identity.Verify calls photosvc.Match".
func (s Step) Line() string { return s.From + " " + s.Verb + " " + s.To }

// ResolveEvidence fills the positions of the supporting evidence from fset.
func (f *Finding) ResolveEvidence(fset *token.FileSet) {
	for i := range f.Supporting {
		if at := f.Supporting[i].at; at != nil {
			f.Supporting[i].Pos, f.Supporting[i].End = fset.Position(at.Pos()), fset.Position(max(at.End(), at.Pos()))
		}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// A Decider decides a finding as it is reported: it sets its Severity and
// Suppression, may add to the diagnostic's message (an expired allow
// rule), keeps the finding for the run's reports, and reports whether the
// pass should report the diagnostic. Report may be called from many
// passes at once.
type Decider interface {
	Decide(pass *analysis.Pass, f *Finding, d *analysis.Diagnostic) bool
}

// DefaultSeverity is the severity of f without a policy: error, or
// warning for a finding that may not be biometric at all.
func DefaultSeverity(f *Finding) string {
	if f.Certainty == Possible {
		return "warning"
	}
	return "error"
}
