package output

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
	Modules                []*Module
	Problems               []*Problem
	Skipped                []*Skipped
	Artifacts              []*Artifact
}

// FindingView is one finding as the people reports show it.
type FindingView struct {
	*Finding
	File          string // relative to the report's root
	CategoryTitle string
	Vendor        string
	Legal         string
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
		Artifacts:  r.Artifacts,
	}
	for _, f := range fs {
		if f.Suppressed != nil {
			v.Suppressed++
		} else {
			v.Counted++
		}
		fv := FindingView{Finding: f, File: r.Rel(f.Pos.File), CategoryTitle: categoryTitle(f.Category), Legal: LegalOf(f)}
		if e := EntryOf(f); e != nil {
			fv.Vendor = e.Title()
		}
		v.Findings = append(v.Findings, fv)
	}
	for _, m := range r.Modules {
		cp := *m
		cp.Source = r.Rel(m.Source)
		v.Modules = append(v.Modules, &cp)
	}
	return v
}
