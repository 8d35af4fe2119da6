// Package catalogdoc renders biometriclint's catalog as a reference: every
// vendor product, package and symbol with its category, what it does, its
// legal reference and its documentation, plus the other evidence (web API
// endpoints, model files, native libraries) and counts per category and per
// vendor. The output is deterministic: catalog order, then sorted counts.
//
// docs/catalog.md is generated with Markdown (`go generate ./analyzers/catalog`);
// `biometriclint -catalog` prints Text or JSON.
package catalogdoc

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Item is one piece of evidence of the catalog, flattened.
type Item struct {
	Kind     string           `json:"kind"` // "import", "symbol", "endpoint", "model", "native"
	Vendor   string           `json:"vendor"`
	Product  string           `json:"product"`
	Entry    string           `json:"entry"`
	Package  string           `json:"package,omitempty"`
	Aliases  []string         `json:"aliases,omitempty"`
	Symbol   string           `json:"symbol,omitempty"`
	Value    string           `json:"value,omitempty"` // endpoint, model file or native library
	Category catalog.Category `json:"category"`
	What     string           `json:"what"`
	Legal    string           `json:"legal"`
	Docs     string           `json:"docs"`
	Stub     bool             `json:"stub,omitempty"` // verified against a stub, not the served module
}

// Count is the number of items of one category or vendor, by kind.
type Count struct {
	Name      string `json:"name"`
	Imports   int    `json:"imports"`
	Symbols   int    `json:"symbols"`
	Endpoints int    `json:"endpoints"`
	Models    int    `json:"models"`
	Native    int    `json:"native"`
	Total     int    `json:"total"`
}

func (c *Count) add(kind string) {
	switch kind {
	case "import":
		c.Imports++
	case "symbol":
		c.Symbols++
	case "endpoint":
		c.Endpoints++
	case "model":
		c.Models++
	case "native":
		c.Native++
	}
	c.Total++
}

// Reference is the whole rendered catalog.
type Reference struct {
	Categories []catalog.CategoryInfo `json:"categories"`
	ByCategory []Count                `json:"countsByCategory"`
	ByVendor   []Count                `json:"countsByVendor"`
	Total      Count                  `json:"total"`
	Items      []Item                 `json:"items"`
}

// Build flattens c into a Reference.
func Build(c *catalog.Catalog) *Reference {
	r := &Reference{Categories: catalog.Categories, Total: Count{Name: "total"}}
	for _, e := range c.Entries {
		base := Item{Vendor: e.Vendor, Product: e.Product, Entry: e.ID, Docs: e.Docs}
		for _, p := range e.Packages {
			stub := false
			if m := e.Module(p.Path); m != nil && m.Stub != "" {
				stub = true
			}
			if p.Dedicated {
				it := base
				it.Kind, it.Package, it.Aliases, it.Category, it.What, it.Legal, it.Stub = "import", p.Path, p.Aliases, p.Category, p.What, p.LegalRef(), stub
				r.Items = append(r.Items, it)
			}
			for _, s := range p.Symbols {
				it := base
				it.Kind, it.Package, it.Aliases, it.Symbol, it.Category, it.What, it.Legal, it.Stub = "symbol", p.Path, p.Aliases, s.Name, s.Category, s.What, s.LegalRef(), stub
				r.Items = append(r.Items, it)
			}
		}
		for _, ep := range e.Endpoints {
			v := ep.Host + ep.Path
			if v == "" {
				v = ep.Value
			}
			if ep.Category != "" {
				it := base
				it.Kind, it.Value, it.Category, it.What, it.Legal = "endpoint", v, ep.Category, ep.What, legal(e, ep.Category)
				r.Items = append(r.Items, it)
			}
			for _, prm := range params(ep) {
				it := base
				it.Kind, it.Value, it.Category, it.What, it.Legal = "endpoint", v+" "+prm.desc, prm.category, prm.what, legal(e, prm.category)
				r.Items = append(r.Items, it)
			}
		}
		for _, m := range e.Models {
			it := base
			it.Kind, it.Value, it.Category, it.What, it.Legal = "model", m.Name, m.Category, m.What, legal(e, m.Category)
			r.Items = append(r.Items, it)
		}
		for _, n := range e.Native {
			it := base
			v := n.Header
			if pc := n.PkgConfig; pc != "" {
				if v != "" {
					v += " "
				}
				v += "pkg-config:" + pc
			}
			if n.Lib != "" {
				if v != "" {
					v += " "
				}
				v += "-l" + n.Lib
			}
			it.Kind, it.Value, it.Category, it.What, it.Legal = "native", v, n.Category, n.What, legal(e, n.Category)
			r.Items = append(r.Items, it)
		}
	}
	byCat := map[catalog.Category]*Count{}
	for _, info := range catalog.Categories {
		byCat[info.Category] = &Count{Name: string(info.Category)}
	}
	byVendor := map[string]*Count{}
	for _, it := range r.Items {
		if c := byCat[it.Category]; c != nil {
			c.add(it.Kind)
		}
		v := byVendor[it.Vendor]
		if v == nil {
			v = &Count{Name: it.Vendor}
			byVendor[it.Vendor] = v
		}
		v.add(it.Kind)
		r.Total.add(it.Kind)
	}
	for _, info := range catalog.Categories {
		r.ByCategory = append(r.ByCategory, *byCat[info.Category])
	}
	for _, v := range byVendor {
		r.ByVendor = append(r.ByVendor, *v)
	}
	sort.Slice(r.ByVendor, func(i, j int) bool { return r.ByVendor[i].Name < r.ByVendor[j].Name })
	return r
}

// legal is the entry's legal reference for category c (the entry's own, or the category's).
func legal(e *catalog.Entry, c catalog.Category) string {
	if e.Legal != "" {
		return e.Legal
	}
	info, _ := c.Info()
	return info.Legal
}

// JSON writes the reference as indented JSON.
func JSON(w io.Writer, c *catalog.Catalog) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(Build(c))
}

// Text writes the reference as plain text: counts, then one line per item.
func Text(w io.Writer, c *catalog.Catalog) error {
	r := Build(c)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tIMPORTS\tSYMBOLS\tENDPOINTS\tMODELS\tNATIVE\tTOTAL")
	for _, n := range append(r.ByCategory, r.Total) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", n.Name, n.Imports, n.Symbols, n.Endpoints, n.Models, n.Native, n.Total)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "VENDOR\tIMPORTS\tSYMBOLS\tENDPOINTS\tMODELS\tNATIVE\tTOTAL")
	for _, n := range r.ByVendor {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", n.Name, n.Imports, n.Symbols, n.Endpoints, n.Models, n.Native, n.Total)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	entry := ""
	for _, it := range r.Items {
		if it.Entry != entry {
			entry = it.Entry
			fmt.Fprintf(w, "\n%s %s [%s]\n  docs: %s\n", it.Vendor, it.Product, it.Entry, it.Docs)
		}
		fmt.Fprintf(w, "  %-24s %s: %s\n", it.Category, subject(it), it.What)
	}
	return nil
}

// subject names an item: "pkg.Symbol", "import pkg", "endpoint host/path", ...
func subject(it Item) string {
	switch it.Kind {
	case "import":
		return "import " + it.Package
	case "symbol":
		return it.Package + "." + it.Symbol
	default:
		return it.Kind + " " + it.Value
	}
}

// Markdown writes the reference as a Markdown document (docs/catalog.md).
func Markdown(w io.Writer, c *catalog.Catalog) error {
	r := Build(c)
	var b strings.Builder
	b.WriteString("<!-- Code generated by go generate ./analyzers/catalog; DO NOT EDIT. -->\n\n")
	b.WriteString("# biometriclint catalog\n\n")
	b.WriteString("Every vendor product, package, symbol and other piece of evidence that biometriclint reports, ")
	b.WriteString("with its category, what it does, the legal reference of its findings and the vendor's documentation. ")
	b.WriteString("Generated from `analyzers/catalog/data`; see CONTRIBUTING.md to add an SDK.\n\n")
	b.WriteString("## Categories\n\n| Category | Covers | Legal reference |\n|---|---|---|\n")
	for _, info := range r.Categories {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", info.Category, cell(info.Covers), cell(info.Legal))
	}
	countTable := func(title string, rows []Count, total bool) {
		fmt.Fprintf(&b, "\n## Counts per %s\n\n| %s | Imports | Symbols | Endpoints | Models | Native | Total |\n|---|---:|---:|---:|---:|---:|---:|\n", title, strings.ToUpper(title[:1])+title[1:])
		for _, n := range rows {
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d |\n", cell(n.Name), n.Imports, n.Symbols, n.Endpoints, n.Models, n.Native, n.Total)
		}
		if total {
			n := r.Total
			fmt.Fprintf(&b, "| **total** | %d | %d | %d | %d | %d | %d |\n", n.Imports, n.Symbols, n.Endpoints, n.Models, n.Native, n.Total)
		}
	}
	countTable("category", r.ByCategory, true)
	countTable("vendor", r.ByVendor, false)
	writeRefinements(&b, c)
	b.WriteString("\n## Products\n")
	entry := ""
	for _, it := range r.Items {
		if it.Entry != entry {
			entry = it.Entry
			e := c.Entry(it.Entry)
			fmt.Fprintf(&b, "\n### %s %s\n\n", cell(it.Vendor), cell(it.Product))
			fmt.Fprintf(&b, "Entry `%s`. Documentation: <%s>.", it.Entry, it.Docs)
			if e != nil && len(e.Modules) > 0 {
				var ms []string
				for _, m := range e.Modules {
					s := fmt.Sprintf("`%s@%s`", m.Path, m.Version)
					var notes []string
					if m.Stub != "" {
						notes = append(notes, "stub")
					}
					if m.Dedicated {
						notes = append(notes, "exists for biometrics: requiring it is a finding")
					}
					if len(notes) > 0 {
						s += " (" + strings.Join(notes, "; ") + ")"
					}
					ms = append(ms, s)
				}
				fmt.Fprintf(&b, " Verified against %s.", strings.Join(ms, ", "))
			}
			if e != nil && e.Source != "" {
				fmt.Fprintf(&b, " Source: <%s>.", e.Source)
			}
			b.WriteString("\n\n| Package | Symbol | Category | What | Legal reference |\n|---|---|---|---|---|\n")
		}
		pkg, sym := "", ""
		switch it.Kind {
		case "import":
			pkg, sym = "`"+it.Package+"`", "(import)"
		case "symbol":
			pkg, sym = "`"+it.Package+"`", "`"+it.Symbol+"`"
		default:
			pkg, sym = "("+it.Kind+")", "`"+cell(it.Value)+"`"
		}
		if len(it.Aliases) > 0 && it.Kind == "import" {
			pkg += " (also " + "`" + strings.Join(it.Aliases, "`, `") + "`)"
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", pkg, sym, it.Category, cell(it.What), cell(it.Legal))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

type param struct {
	desc     string
	category catalog.Category
	what     string
}

// params lists the request parameters that decide an endpoint's category.
func params(ep *catalog.Endpoint) []param {
	var out []param
	for _, p := range ep.Params {
		desc := "with parameter " + p.Name
		if p.Name == "" {
			desc = "with a parameter"
		}
		if len(p.Values) > 0 {
			desc += "=" + strings.Join(p.Values, ",")
		}
		out = append(out, param{desc: desc, category: p.Category, what: p.What})
	}
	return out
}

// writeRefinements writes the table of argument-sensitive rules: the calls
// whose category depends on what they request or load.
func writeRefinements(b *strings.Builder, c *catalog.Catalog) {
	b.WriteString("\n## Argument-sensitive rules\n\n")
	b.WriteString("These calls are classified by what they request or load, as far as the values can be determined ")
	b.WriteString("inside the calling function (see docs/precision.md). When a value cannot be determined, the call is ")
	b.WriteString("reported with the category in the last column and a note that says so.\n\n")
	b.WriteString("| Package | Symbols | Decided by | Values → category | Otherwise | Undetermined |\n|---|---|---|---|---|---|\n")
	type row struct{ pkg, key string }
	var order []row
	symbols := map[row][]string{}
	text := map[row][5]string{}
	for _, p := range c.Packages() {
		for _, s := range p.Symbols {
			if len(s.Refine) == 0 {
				continue
			}
			var by, vals, other, undet []string
			for _, r := range s.Refine {
				by = append(by, refinementSubject(r))
				vals = append(vals, refinementValues(r))
				o := r.Otherwise
				if o == "" {
					o = string(s.Category)
				}
				other = append(other, "`"+o+"`")
				undet = append(undet, "`"+string(r.Undetermined)+"`")
			}
			cells := [5]string{strings.Join(by, "; "), strings.Join(vals, "; "), strings.Join(other, "; "), strings.Join(undet, "; ")}
			k := row{p.Path, strings.Join(cells[:4], "|")}
			if _, ok := symbols[k]; !ok {
				order = append(order, k)
				text[k] = cells
			}
			symbols[k] = append(symbols[k], "`"+s.Name+"`")
		}
	}
	for _, k := range order {
		t := text[k]
		fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s | %s |\n", k.pkg, strings.Join(symbols[k], ", "), cell(t[0]), cell(t[1]), cell(t[2]), cell(t[3]))
	}
}

func refinementSubject(r *catalog.Refinement) string {
	var s string
	switch {
	case r.Field != "":
		s = "field `" + r.Field + "` of the request"
	case r.Arg != nil:
		s = fmt.Sprintf("argument %d", *r.Arg)
	default:
		s = "any argument"
	}
	if r.Models {
		s = "model file named by " + s
	}
	if r.Split != "" {
		s += fmt.Sprintf(" (a %q-separated list)", r.Split)
	}
	return s
}

func refinementValues(r *catalog.Refinement) string {
	if r.Models {
		return "the catalogued model files"
	}
	keys := make([]string, 0, len(r.Values))
	for k := range r.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("`%s` → `%s`", k, r.Values[k]))
	}
	return strings.Join(parts, ", ")
}
