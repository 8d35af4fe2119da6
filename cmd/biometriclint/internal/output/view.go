package output

import "strings"

// View is what the Markdown and HTML reports show, computed once from a
// report so that the templates only lay it out.
type View struct {
	Tool, Version, Command string
	Counted, Suppressed    int
	Packages               int
	ByCategory             []Count
	ByVendor               []Count
	ByLegal                []Count
	Findings               []FindingView
	Modules                []ModuleView
	Unresolved             []LoaderView
	Problems               []*Problem
	Skipped                []*Skipped
	Provenance             *Provenance
	Artifacts              []*Artifact
}

// FindingView is one finding as the people reports show it.
type FindingView struct {
	*Finding
	File          string // relative to the report's root
	CategoryTitle string
	Vendor        string
	Legal         string
	// Chain and Supporting are the record's, with positions relative to
	// the report's root.
	Chain, Supporting []RelatedView
}

// LoaderView is an unresolved model loader.
type LoaderView struct{ Where, Subject, Why string }

// RelatedView is a chain step or an item of supporting evidence.
type RelatedView struct {
	Where   string // file:line:col
	Message string
}

func relatedViews(r *Report, rs []Related) []RelatedView {
	var out []RelatedView
	for _, x := range rs {
		out = append(out, RelatedView{Where: r.Where(x.Pos), Message: x.Message})
	}
	return out
}

// Where is p as file:line:col, the file relative to r.Root.
func (r *Report) Where(p Position) string {
	p.File = r.Rel(p.File)
	return p.String()
}

// NewView computes the view of r.
func NewView(r *Report) *View {
	fs := r.Findings()
	v := &View{
		Tool: r.Tool, Version: r.Version, Command: r.Command,
		Packages:   len(r.Packages),
		ByCategory: ByCategory(fs),
		ByVendor:   ByVendor(fs),
		ByLegal:    ByLegal(fs),
		Problems:   r.Problems,
		Skipped:    r.Skipped,
		Provenance: r.Provenance,
		Artifacts:  r.Artifacts,
	}
	for _, l := range r.Unresolved {
		v.Unresolved = append(v.Unresolved, LoaderView{Where: r.Where(l.Pos), Subject: l.Subject, Why: l.Why})
	}
	for _, f := range fs {
		if f.Suppressed != nil {
			v.Suppressed++
		} else {
			v.Counted++
		}
		fv := FindingView{Finding: f, File: Printable(r.Rel(f.Pos.File)), CategoryTitle: categoryTitle(f.Category), Legal: f.LegalRef(),
			Chain: relatedViews(r, f.Chain), Supporting: relatedViews(r, f.Supporting)}
		if e := f.Entry; e != nil {
			fv.Vendor = e.Title()
		}
		v.Findings = append(v.Findings, fv)
	}
	for _, m := range r.Modules {
		if m.Listed() {
			v.Modules = append(v.Modules, newModuleView(r, m))
		}
	}
	return v
}

// ModuleView is one module as the people reports show it.
type ModuleView struct {
	*Module
	NamedIn string // every place, relative to the report's root, with how
	Kind    string
}

func newModuleView(r *Report, m *Module) ModuleView {
	var places []string
	for _, p := range m.Places {
		how := p.How
		if p.Version != m.Version {
			how += ", " + p.Version
		}
		places = append(places, Printable(r.Rel(p.File))+" ("+how+")")
	}
	kind := "exists for biometrics"
	if !m.Dedicated {
		kind = "multi-purpose: biometric packages used"
	}
	return ModuleView{Module: m, NamedIn: strings.Join(places, ", "), Kind: kind}
}
