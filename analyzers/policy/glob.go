package policy

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// glob is a slash-separated path pattern: path.Match syntax within each
// element, and "**" for any number of elements. A pattern that matches a
// directory matches everything beneath it.
type glob struct {
	text  string
	parts []string
}

func compileGlob(s string) (glob, error) {
	clean := path.Clean(filepath.ToSlash(s))
	if s == "" || path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") {
		return glob{}, fmt.Errorf("path glob %q must be relative and stay below the configuration's directory", s)
	}
	g := glob{text: s, parts: strings.Split(clean, "/")}
	for _, part := range g.parts {
		if _, err := path.Match(part, ""); err != nil {
			return glob{}, fmt.Errorf("bad path glob %q: %v", s, err)
		}
	}
	return g, nil
}

// match reports whether the slash-separated relative path rel, or one of
// its directories, matches g.
func (g glob) match(rel string) bool {
	return matchPrefix(g.parts, strings.Split(rel, "/"))
}

// matchPrefix reports whether pat matches name or a leading part of it.
func matchPrefix(pat, name []string) bool {
	if len(pat) == 0 {
		return true
	}
	if pat[0] == "**" {
		for i := 0; i <= len(name); i++ {
			if matchPrefix(pat[1:], name[i:]) {
				return true
			}
		}
		return false
	}
	if len(name) == 0 {
		return false
	}
	if ok, _ := path.Match(pat[0], name[0]); !ok {
		return false
	}
	return matchPrefix(pat[1:], name[1:])
}

// rel returns filename relative to the policy's root, slash-separated, or
// "" when it lies outside the root (path globs then never match).
func (p *Policy) rel(filename string) string {
	if p.root == "" || filename == "" {
		return ""
	}
	r, err := filepath.Rel(p.root, filename)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(r)
}
