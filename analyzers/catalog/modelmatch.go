package catalog

import (
	"path"
	"strings"
)

// Matches reports whether the file path p names this model: its last
// elements match Name (a path.Match pattern; a Name with slashes matches
// as many trailing elements), without regard to case.
func (m *ModelFile) Matches(p string) bool {
	p = strings.ToLower(strings.ReplaceAll(p, "\\", "/"))
	name := strings.ToLower(m.Name)
	n := strings.Count(name, "/") + 1
	elems := strings.Split(p, "/")
	if len(elems) < n {
		return false
	}
	ok, _ := path.Match(name, strings.Join(elems[len(elems)-n:], "/"))
	return ok
}

// Model returns the catalogued model that the file path p names, or nil.
func (c *Catalog) Model(p string) *ModelFile {
	for _, m := range c.Models() {
		if m.Matches(p) {
			return m
		}
	}
	return nil
}
