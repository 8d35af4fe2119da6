package binary

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/inventory"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// evidence is one thing an executable holds, before it becomes a finding.
type evidence struct {
	analyzer string // the analyzer whose rule it mirrors: sdksymbol, sdkimport, modrequire, endpoint, modelfile
	entry    *catalog.Entry
	category catalog.Category
	subject  string // as the binary spells it
	what     string
	legal    string
	notes    []string
	pkg      string // catalogued package path, for policy rules
	symbol   string // catalogued symbol name, for policy rules
	possible bool
}

// Report turns what Scan read into a report: one package per executable,
// its findings under the analyzers whose rules they mirror, the catalogued
// modules of the build info, and the problems. Subjects gives, for each
// finding, what the policy needs to decide it.
func Report(cat *catalog.Catalog, res *Result) (r *output.Report, subjects map[*output.Finding]policy.Subject) {
	r = &output.Report{Command: "binary"}
	subjects = map[*output.Finding]policy.Subject{}
	for _, p := range res.Problems {
		r.Problems = append(r.Problems, &output.Problem{Package: p.Where, Reason: p.Reason})
	}
	for _, b := range res.Binaries {
		pkg := &output.Package{ID: b.Name}
		byAnalyzer := map[string]*output.AnalyzerResult{}
		for _, ev := range collect(b) {
			f, sub := newFinding(b, ev)
			subjects[f] = sub
			a := byAnalyzer[ev.analyzer]
			if a == nil {
				a = &output.AnalyzerResult{Name: ev.analyzer}
				byAnalyzer[ev.analyzer] = a
				pkg.Analyzers = append(pkg.Analyzers, a)
			}
			a.Findings = append(a.Findings, f)
		}
		r.Packages = append(r.Packages, pkg)
		r.Artifacts = append(r.Artifacts, &output.Artifact{Name: b.Name, About: provenance(b), Size: b.Size, SHA256: b.SHA256})
		for _, m := range b.Modules {
			if om := inventory.Module(cat, b.Name, m.Path, m.Version); om != nil {
				r.Modules = append(r.Modules, om)
			}
		}
		for _, p := range b.Problems {
			r.Problems = append(r.Problems, &output.Problem{Package: b.Name, Reason: p})
		}
	}
	inventory.MarkUsed(r.Modules, r.Findings())
	return r, subjects
}

// newFinding is the one place where a binary's evidence becomes a
// finding: a finding record (analyzers/finding), which words the message,
// at the executable, with its provenance as related information.
func newFinding(b *Binary, ev evidence) (*output.Finding, policy.Subject) {
	rec := finding.Finding{
		Analyzer: ev.analyzer, Kind: kinds[ev.analyzer], Category: ev.category, Certainty: finding.Certain,
		Entry: ev.entry, Subject: ev.subject, Package: ev.pkg, Symbol: ev.symbol, What: ev.what, Legal: ev.legal,
		Note: strings.Join(ev.notes, "; "),
	}
	if ev.possible {
		rec.Certainty = finding.Possible
	}
	rec.Severity = finding.DefaultSeverity(&rec)
	at := output.Position{File: b.Name}
	f := &output.Finding{
		Analyzer: ev.analyzer,
		Category: string(ev.category),
		Message:  rec.Message(),
		URL:      ev.entry.Docs,
		Pos:      at,
		End:      at,
		Related:  []output.Related{{Pos: at, End: at, Message: provenance(b)}},
	}
	f.SetRecord(&rec)
	sub := policy.Subject{Category: ev.category, Entry: ev.entry, Package: ev.pkg, Symbol: ev.symbol, Possible: ev.possible}
	sub.Position.Filename = b.Name
	return f, sub
}

// kinds is the kind of evidence of each analyzer whose rule a binary's
// evidence mirrors.
var kinds = map[string]finding.Kind{
	"sdksymbol":  finding.Call,
	"sdkimport":  finding.Import,
	"modrequire": finding.Requirement,
	"endpoint":   finding.Endpoint,
	"modelfile":  finding.Model,
}

// provenance says what the executable is and where it comes from.
func provenance(b *Binary) string {
	var parts []string
	kind := fmt.Sprintf("%s/%s %s executable", b.GOOS, b.GOARCH, formatName(b.Format))
	if b.Go != "" {
		kind += " built with " + b.Go
	}
	if b.Main != "" {
		kind += ", main module " + b.Main
	}
	parts = append(parts, kind, fmt.Sprintf("%d bytes, sha256 %s", b.Size, b.SHA256))
	if b.ImageRef != "" || b.InImage != "" {
		img := fmt.Sprintf("file %s of image %s (%s)", b.InImage, b.ImageRef, b.File)
		if b.Layer != "" {
			img += ", layer " + b.Layer
		}
		parts = append(parts, img)
	}
	return strings.Join(parts, "; ")
}

func formatName(f string) string {
	switch f {
	case "elf":
		return "ELF"
	case "macho":
		return "Mach-O"
	case "pe":
		return "PE"
	}
	return f
}

// notVisible is the note of a finding whose category what the program
// requests could make more restricted.
func notVisible(what string, c catalog.Category) string {
	return what + " is not visible in a binary, so " + string(c) + " cannot be excluded"
}

// collect lists the evidence of b: symbols, dedicated packages, dedicated
// modules, endpoints and model files. Endpoints of a vendor whose SDK
// symbols are linked in are the SDK's own requests, which the symbols
// already report.
func collect(b *Binary) []evidence {
	var evs []evidence
	sdkVendors := map[string]bool{}
	for _, ls := range b.Symbols {
		s := ls.Symbol
		sdkVendors[s.Package.Entry.Vendor] = true
		ev := evidence{analyzer: "sdksymbol", entry: s.Package.Entry, category: s.Category, subject: ls.Shown,
			what: s.What, legal: s.LegalRef(), pkg: s.Package.Path, symbol: s.Name}
		if c, ok := restricted(s); ok {
			ev.notes = append(ev.notes, notVisible("what it requests", c))
		}
		for _, rule := range s.Refine {
			if rule.Otherwise == catalog.NotAFinding {
				ev.possible = true
				ev.notes = append(ev.notes, "what it loads is not visible in a binary: it may not be biometric")
				break
			}
		}
		if b.ReflectMethods && strings.Contains(s.Name, ".") {
			ev.notes = append(ev.notes, "the program calls methods through reflection, which links every exported method of its types: linked in, perhaps never called")
		}
		evs = append(evs, ev)
	}
	for _, p := range b.Packages {
		evs = append(evs, evidence{analyzer: "sdkimport", entry: p.Entry, category: p.Category,
			subject: fmt.Sprintf("package %q", p.Path), what: p.What, legal: p.LegalRef(), pkg: p.Path})
	}
	for _, m := range b.Modules {
		if d := m.Dedicated; d != nil {
			evs = append(evs, evidence{analyzer: "modrequire", entry: d.Entry, category: d.Category,
				subject: fmt.Sprintf("module %s %s (build info)", m.Path, m.Version), what: d.What(), legal: d.Entry.LegalFor(d.Category)})
		}
	}
	for _, h := range b.Strings {
		switch {
		case h.ep != nil:
			e := h.ep.Endpoint.Entry
			if sdkVendors[e.Vendor] {
				continue
			}
			ev := evidence{analyzer: "endpoint", entry: e, category: h.ep.Category, subject: strconv.Quote(h.text),
				what: h.ep.What, legal: e.LegalFor(h.ep.Category)}
			if c, ok := restrictedParam(h.ep.Endpoint, h.ep.Category); ok {
				ev.notes = append(ev.notes, notVisible("what the request asks for", c))
			}
			evs = append(evs, ev)
		case h.model != nil:
			m := h.model
			subject := strconv.Quote(h.text)
			if h.embedded != "" {
				subject = fmt.Sprintf("embedded file %q (%d bytes)", h.embedded, h.embeddedSize)
			}
			evs = append(evs, evidence{analyzer: "modelfile", entry: m.Entry, category: m.Category, subject: subject,
				what: m.What, legal: m.Entry.LegalFor(m.Category)})
		}
	}
	return evs
}

// restricted returns the most restricted category a refinement of s can
// decide, when it is more restricted than the symbol's own.
func restricted(s *catalog.Symbol) (catalog.Category, bool) {
	best := s.Category
	for _, r := range s.Refine {
		cands := []catalog.Category{r.Undetermined}
		for _, c := range r.Values {
			cands = append(cands, c)
		}
		if !r.Models && r.Otherwise != catalog.NotAFinding && r.Otherwise != "" {
			cands = append(cands, catalog.Category(r.Otherwise))
		}
		for _, c := range cands {
			if c != "" && c.Rank() < best.Rank() {
				best = c
			}
		}
	}
	return best, best != s.Category
}

// restrictedParam returns the most restricted category a request
// parameter of ep can decide, when it is more restricted than c.
func restrictedParam(ep *catalog.Endpoint, c catalog.Category) (catalog.Category, bool) {
	best := c
	for _, p := range ep.Params {
		if p.Category.Rank() < best.Rank() {
			best = p.Category
		}
	}
	return best, best != c
}
