package modrequire

import (
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Module is a catalogued module that exists only for biometrics: every
// catalogued package in it is dedicated. Modules that also serve other
// purposes (gocv, a cloud SDK) are left to the symbol analyzers.
type Module struct {
	Path     string
	Entry    *catalog.Entry
	Category catalog.Category // the most restricted of its packages'
}

// What says what the module is, completing a finding's subject.
func (m *Module) What() string {
	info, _ := m.Category.Info()
	return "is a module that exists only for " + strings.ToLower(info.Title)
}

// Modules returns the dedicated modules of cat, by path.
func Modules(cat *catalog.Catalog) map[string]*Module {
	mods := map[string]*Module{}
	mixed := map[string]bool{}
	for _, e := range cat.Entries {
		for _, m := range e.Modules {
			if _, ok := mods[m.Path]; !ok {
				mods[m.Path] = &Module{Path: m.Path, Entry: e}
			}
		}
	}
	for _, p := range cat.Packages() {
		for _, pth := range append([]string{p.Path}, p.Aliases...) {
			mod := owner(mods, pth)
			if mod == nil {
				continue
			}
			if !p.Dedicated {
				mixed[mod.Path] = true
				continue
			}
			if mod.Category == "" || p.Category.Rank() < mod.Category.Rank() {
				mod.Category = p.Category
			}
		}
	}
	for path, mod := range mods {
		if mixed[path] || mod.Category == "" {
			delete(mods, path)
		}
	}
	return mods
}

// owner returns the module of mods with the longest path that contains
// import path pth.
func owner(mods map[string]*Module, pth string) *Module {
	for p := pth; ; {
		if m := mods[p]; m != nil {
			return m
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			return nil
		}
		p = p[:i]
	}
}
