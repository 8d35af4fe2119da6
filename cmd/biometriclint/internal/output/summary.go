package output

import (
	"cmp"
	"slices"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// The summaries of the Markdown and HTML reports: counts by category,
// vendor and legal reference, read from the catalog. They count findings
// that are not suppressed.

// Count is one row of a summary table.
type Count struct {
	Key, Title string
	Findings   int
}

// ByCategory counts findings per category, in catalog order, every
// category listed.
func ByCategory(fs []*Finding) []Count {
	var rows []Count
	for _, info := range catalog.Categories {
		n := 0
		for _, f := range fs {
			if f.Suppressed == nil && f.Category == string(info.Category) {
				n++
			}
		}
		rows = append(rows, Count{Key: string(info.Category), Title: info.Title, Findings: n})
	}
	return rows
}

// ByVendor counts findings per catalog entry (vendor and product).
func ByVendor(fs []*Finding) []Count {
	return countBy(fs, func(f *Finding) (string, string) {
		if e := f.Entry; e != nil {
			return e.ID, e.Title()
		}
		return "", "(not in the catalog)"
	})
}

// ByLegal counts findings per legal reference.
func ByLegal(fs []*Finding) []Count {
	return countBy(fs, func(f *Finding) (string, string) {
		l := f.LegalRef()
		return l, l
	})
}

func countBy(fs []*Finding, key func(*Finding) (string, string)) []Count {
	idx := map[string]int{}
	var rows []Count
	for _, f := range fs {
		if f.Suppressed != nil {
			continue
		}
		k, title := key(f)
		i, ok := idx[k+"\x00"+title]
		if !ok {
			i = len(rows)
			idx[k+"\x00"+title] = i
			rows = append(rows, Count{Key: k, Title: title})
		}
		rows[i].Findings++
	}
	slices.SortFunc(rows, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.Findings, a.Findings), cmp.Compare(a.Title, b.Title))
	})
	return rows
}

// LegalRef returns the legal reference of a finding: its record's, or its
// category's.
func (f *Finding) LegalRef() string {
	if f.Legal != "" {
		return f.Legal
	}
	if info, ok := catalog.Category(f.Category).Info(); ok {
		return info.Legal
	}
	return ""
}

// level is the SARIF level of a finding: the severity the policy decided,
// else its category's default.
func (f *Finding) level() string {
	switch f.Severity {
	case "error", "warning":
		return f.Severity
	}
	return Level(catalog.Category(f.Category))
}

// categoryTitle is the title of a category, or the category itself.
func categoryTitle(c string) string {
	if info, ok := catalog.Category(c).Info(); ok {
		return info.Title
	}
	return c
}
