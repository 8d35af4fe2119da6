package catalog

import (
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// modelIndex classifies file names against the catalog's model files.
type modelIndex struct {
	once sync.Once
	// levels holds the models by the number of path elements their
	// pattern matches, in increasing order, then by the first two bytes of
	// the pattern ("" for a pattern with fewer literal bytes at its start):
	// a string is compared with the few models its tail can match, not
	// with all.
	levels []modelLevel
	// dotOrSlash is true when every pattern has a literal dot or a slash:
	// then a string with neither (most strings of a program) names no model.
	dotOrSlash bool
}

// modelLevel is the models whose patterns have n path elements.
type modelLevel struct {
	n       int
	byStart map[string][]indexedModel // by the first two bytes of the pattern
	any     []indexedModel            // byStart[""]: compared with every tail
}

type indexedModel struct {
	m       *ModelFile
	order   int    // its place in the catalog: the first that matches wins
	pattern string // lower case
	prefix  string // the pattern's literal start, before any wildcard
}

func (ix *modelIndex) build(c *Catalog) {
	byElems := map[int]map[string][]indexedModel{}
	for i, m := range c.Models() {
		pattern := strings.ToLower(m.Name)
		prefix := pattern
		if j := strings.IndexAny(pattern, `*?[\`); j >= 0 {
			prefix = pattern[:j]
		}
		elems := strings.Count(m.Name, "/") + 1
		if byElems[elems] == nil {
			byElems[elems] = map[string][]indexedModel{}
		}
		start := ""
		if len(prefix) >= 2 {
			start = prefix[:2]
		}
		byElems[elems][start] = append(byElems[elems][start], indexedModel{m, i, pattern, prefix})
	}
	for _, n := range slices.Sorted(maps.Keys(byElems)) {
		ix.levels = append(ix.levels, modelLevel{n, byElems[n], byElems[n][""]})
	}
	ix.dotOrSlash = !slices.ContainsFunc(c.Models(), func(m *ModelFile) bool {
		return !strings.Contains(m.Name, "/") && !hasLiteralDot(m.Name)
	})
}

// hasLiteralDot reports whether the path.Match pattern matches only names
// with a dot: it has one outside a character class.
func hasLiteralDot(pattern string) bool {
	inClass := false
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\':
			i++ // an escaped dot is not counted: that can only turn the shortcut off
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '.' && !inClass:
			return true
		}
	}
	return false
}

// ModelNamesSeparated reports whether every catalogued model file's name
// has a dot or a slash: then a text with no dot, slash or backslash names
// none, and Model returns nil for it.
func (c *Catalog) ModelNamesSeparated() bool {
	ix := &c.models
	ix.once.Do(func() { ix.build(c) })
	return ix.dotOrSlash
}

// Model returns the catalogued model file that the path or URL s names,
// or nil: the last elements of s are compared with the model's name (a
// path.Match pattern), ignoring case, a query string and a .bz2, .gz or
// .zip suffix of a download.
func (c *Catalog) Model(s string) *ModelFile {
	ix := &c.models
	ix.once.Do(func() { ix.build(c) })
	s = strings.TrimSpace(s)
	// One pass: no blank or quote, and a dot or a slash when every
	// pattern needs one.
	named := !ix.dotOrSlash
	backslash, plain := false, true // plain: no byte that lowering changes
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '"':
			return nil
		case '.', '/':
			named = true
		case '\\':
			named, backslash = true, true
		default:
			plain = plain && c < utf8.RuneSelf && !('A' <= c && c <= 'Z')
		}
	}
	if s == "" || !named {
		return nil
	}
	s, _, _ = strings.Cut(s, "?")
	s, _, _ = strings.Cut(s, "#")
	if backslash {
		s = strings.ReplaceAll(s, `\`, "/")
	}
	s = strings.TrimRight(s, "/")
	var best *indexedModel
	consider := func(models []indexedModel, tail string) {
		for i := range models { // in catalog order
			if best != nil && best.order < models[i].order {
				return
			}
			if modelMatches(models[i], tail) {
				best = &models[i]
				return
			}
		}
	}
	for _, l := range ix.levels {
		tail := lastElems(s, l.n)
		if tail == "" {
			continue
		}
		// The tail is compared in lower case, and lowered only when a
		// pattern starts as it does: most tails start as none does.
		// Lowering maps ASCII bytes to ASCII bytes, so the first two of a
		// tail that starts with two are looked up lowered alone.
		if !plain {
			if len(tail) >= 2 && tail[0] < utf8.RuneSelf && tail[1] < utf8.RuneSelf && len(l.any) == 0 {
				if start := [2]byte{lowerASCII(tail[0]), lowerASCII(tail[1])}; len(l.byStart[string(start[:])]) == 0 {
					continue
				}
			}
			tail = strings.ToLower(tail)
		}
		if len(tail) >= 2 {
			consider(l.byStart[tail[:2]], tail)
		}
		consider(l.any, tail)
	}
	if best == nil {
		return nil
	}
	return best.m
}

// modelMatches reports whether tail (the last elements of a lower-case
// path, as many as the pattern has) matches m, with or without a download
// suffix. path.Match anchors the pattern at the start: a tail without the
// literal prefix cannot match, which almost every string of a program
// stops at.
func modelMatches(m indexedModel, tail string) bool {
	if !strings.HasPrefix(tail, m.prefix) {
		return false
	}
	if ok, _ := path.Match(m.pattern, tail); ok {
		return true
	}
	for _, ext := range []string{".bz2", ".gz", ".zip"} {
		if t, ok := strings.CutSuffix(tail, ext); ok {
			if ok, _ := path.Match(m.pattern, t); ok {
				return true
			}
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
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
