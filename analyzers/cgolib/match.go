package cgolib

import (
	"path"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Matcher classifies native dependencies against the catalog.
type Matcher struct {
	libs []*catalog.NativeLib
}

// NewMatcher indexes the native libraries of cat.
func NewMatcher(cat *catalog.Catalog) *Matcher {
	return &Matcher{libs: cat.NativeLibs()}
}

// MatchNative returns the catalogued header, library or pkg-config package
// d names. A header matches by its last path elements
// (/usr/include/opencv4/opencv2/face.hpp is opencv2/face.hpp).
func (m *Matcher) MatchNative(d Directive) (*catalog.NativeLib, bool) {
	for _, n := range m.libs {
		switch d.Kind {
		case Header:
			if n.Header != "" && (d.Name == n.Header || strings.HasSuffix(d.Name, "/"+n.Header)) {
				return n, true
			}
		case Lib:
			if n.Lib != "" {
				if ok, _ := path.Match(n.Lib, d.Name); ok {
					return n, true
				}
			}
		case PkgConfig:
			if n.PkgConfig == d.Name {
				return n, true
			}
		}
	}
	return nil, false
}
