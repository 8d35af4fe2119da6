package catalog

import (
	"path"
	"strings"
	"sync"
)

// modelIndex classifies file names against the catalog's model files.
type modelIndex struct {
	once   sync.Once
	models []indexedModel
}

type indexedModel struct {
	m       *ModelFile
	pattern string // lower case
	prefix  string // the pattern's literal start, before any wildcard
	elems   int    // number of path elements the pattern matches
}

func (ix *modelIndex) build(c *Catalog) {
	for _, m := range c.Models() {
		pattern := strings.ToLower(m.Name)
		prefix := pattern
		if i := strings.IndexAny(pattern, `*?[\`); i >= 0 {
			prefix = pattern[:i]
		}
		ix.models = append(ix.models, indexedModel{m, pattern, prefix, strings.Count(m.Name, "/") + 1})
	}
}

// Model returns the catalogued model file that the path or URL s names,
// or nil: the last elements of s are compared with the model's name (a
// path.Match pattern), ignoring case, a query string and a .bz2, .gz or
// .zip suffix of a download.
func (c *Catalog) Model(s string) *ModelFile {
	c.models.once.Do(func() { c.models.build(c) })
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \n\t\"") {
		return nil
	}
	s, _, _ = strings.Cut(s, "?")
	s, _, _ = strings.Cut(s, "#")
	s = strings.ToLower(strings.ReplaceAll(s, `\`, "/"))
	s = strings.TrimRight(s, "/")
	for _, m := range c.models.models {
		tail := lastElems(s, m.elems)
		// path.Match anchors the pattern at the start: a tail without the
		// literal prefix cannot match, with or without a download suffix.
		// Almost every string of a program stops here.
		if tail == "" || !strings.HasPrefix(tail, m.prefix) {
			continue
		}
		if ok, _ := path.Match(m.pattern, tail); ok {
			return m.m
		}
		for _, ext := range []string{".bz2", ".gz", ".zip"} {
			if t, ok := strings.CutSuffix(tail, ext); ok {
				if ok, _ := path.Match(m.pattern, t); ok {
					return m.m
				}
			}
		}
	}
	return nil
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
