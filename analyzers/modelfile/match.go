package modelfile

import (
	"path"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Matcher classifies file names against the catalog's model files.
type Matcher struct {
	models []model
}

type model struct {
	m       *catalog.ModelFile
	pattern string // lower case
	prefix  string // the pattern's literal start, before any wildcard
	elems   int    // number of path elements the pattern matches
}

// NewMatcher indexes the model files of cat.
func NewMatcher(cat *catalog.Catalog) *Matcher {
	mt := &Matcher{}
	for _, m := range cat.Models() {
		pattern := strings.ToLower(m.Name)
		prefix := pattern
		if i := strings.IndexAny(pattern, `*?[\`); i >= 0 {
			prefix = pattern[:i]
		}
		mt.models = append(mt.models, model{m, pattern, prefix, strings.Count(m.Name, "/") + 1})
	}
	return mt
}

// MatchModel returns the catalogued model file that the path or URL s
// names, comparing its last elements with the model's name, ignoring case,
// a query string and a .bz2, .gz or .zip suffix of a download.
func (mt *Matcher) MatchModel(s string) (*catalog.ModelFile, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \n\t\"") {
		return nil, false
	}
	s, _, _ = strings.Cut(s, "?")
	s, _, _ = strings.Cut(s, "#")
	s = strings.ToLower(strings.ReplaceAll(s, `\`, "/"))
	s = strings.TrimRight(s, "/")
	for _, m := range mt.models {
		tail := lastElems(s, m.elems)
		// path.Match anchors the pattern at the start: a tail without the
		// literal prefix cannot match, with or without a download suffix.
		// Almost every string of a program stops here.
		if tail == "" || !strings.HasPrefix(tail, m.prefix) {
			continue
		}
		if ok, _ := path.Match(m.pattern, tail); ok {
			return m.m, true
		}
		for _, ext := range []string{".bz2", ".gz", ".zip"} {
			if t, ok := strings.CutSuffix(tail, ext); ok {
				if ok, _ := path.Match(m.pattern, t); ok {
					return m.m, true
				}
			}
		}
	}
	return nil, false
}

// lastElems returns the last n slash-separated elements of s, or "" when
// s has fewer.
func lastElems(s string, n int) string {
	i := len(s)
	for k := range n {
		j := strings.LastIndexByte(s[:i], '/')
		if j < 0 {
			if k == n-1 {
				return s
			}
			return ""
		}
		i = j
	}
	return s[i+1:]
}
