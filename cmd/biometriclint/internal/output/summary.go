package output

import (
	"cmp"
	"slices"
	"strings"

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
		if e := EntryOf(f); e != nil {
			return e.ID, e.Title()
		}
		return "", "(not in the catalog)"
	})
}

// ByLegal counts findings per legal reference.
func ByLegal(fs []*Finding) []Count {
	return countBy(fs, func(f *Finding) (string, string) {
		l := LegalOf(f)
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

// EntryOf returns the catalog entry a finding comes from: the entry whose
// documentation URL the diagnostic carries and whose title starts its
// message (every analyzer words messages through analyzers/finding).
func EntryOf(f *Finding) *catalog.Entry {
	for _, e := range catalog.Default().Entries {
		if e.Docs == f.URL && strings.HasPrefix(f.Message, e.Title()+":") {
			return e
		}
	}
	return nil
}

// LegalOf returns the legal reference of a finding: the one its message
// carries after the category ("[face-recognition; EU AI Act ...]"), or its
// category's.
func LegalOf(f *Finding) string {
	if _, rest, ok := strings.Cut(f.Message, "["+f.Category+"; "); ok {
		if legal, _, ok := strings.Cut(rest, "]"); ok {
			return legal
		}
	}
	if info, ok := catalog.Category(f.Category).Info(); ok {
		return info.Legal
	}
	return ""
}

// categoryTitle is the title of a category, or the category itself.
func categoryTitle(c string) string {
	if info, ok := catalog.Category(c).Info(); ok {
		return info.Title
	}
	return c
}
