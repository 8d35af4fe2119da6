package catalog

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ModuleInfo is what the catalog knows of a Go module: the catalogued
// packages it holds and whether it exists for biometrics.
type ModuleInfo struct {
	Path string
	// Packages are the catalogued packages whose import path (or an alias)
	// lies in the module, in catalog order.
	Packages []*Package
	// Dedicated is set when the module exists for biometrics (the catalog
	// marks it so): requiring it is a finding, and it is a biometric module
	// whether its packages are imported or not. Other modules (cloud SDKs,
	// OpenCV, the core module of an SDK) are biometric only through the
	// packages the code uses.
	Dedicated bool
	// Entry is the entry that declares a dedicated module; Category the most
	// restricted category of its packages. Both are unset otherwise.
	Entry    *Entry
	Category Category
}

// Module returns what the catalog knows of the module at path, or nil when
// the module holds no catalogued package. A package lies in the module
// when the module path is a prefix of its import path and no longer module
// the catalog declares is: github.com/aws/aws-sdk-go-v2, the SDK's core
// module, holds none of its services, which are modules of their own.
func (c *Catalog) Module(path string) *ModuleInfo {
	c.moduleOnce.Do(c.indexModules)
	if mi, ok := c.modules[path]; ok {
		return mi
	}
	// The packages under path: a range of the sorted paths (most of a
	// go.mod's requirements hold none), kept when no longer declared
	// module holds them, in catalog order.
	var order []int
	i, _ := slices.BinarySearchFunc(c.pkgPaths, path, func(p pkgPath, path string) int { return strings.Compare(p.path, path) })
	for ; i < len(c.pkgPaths) && strings.HasPrefix(c.pkgPaths[i].path, path); i++ {
		if pp := c.pkgPaths[i]; within(pp.path, path) && c.owner(pp.path, path) == path {
			order = append(order, pp.order)
		}
	}
	if len(order) == 0 {
		return nil
	}
	slices.Sort(order)
	order = slices.Compact(order)
	pkgs := make([]*Package, len(order))
	for j, o := range order {
		pkgs[j] = c.index.packageList[o]
	}
	return &ModuleInfo{Path: path, Packages: pkgs}
}

// owner returns the module that holds import path pth, among the modules
// the catalog declares and the module extra: the longest that contains it.
func (c *Catalog) owner(pth, extra string) string {
	best := ""
	if within(pth, extra) {
		best = extra
	}
	return ownerIn(c.declared, pth, best)
}

// ownerIn returns the longest module of declared that contains import path
// pth, or best if none is longer.
func ownerIn(declared map[string]bool, pth, best string) string {
	// The modules that contain pth are pth and its prefixes that end
	// before a slash: the first declared one, from the longest, wins.
	for m := pth; len(m) > len(best); {
		if declared[m] {
			return m
		}
		i := strings.LastIndexByte(m, '/')
		if i < 0 {
			break
		}
		m = m[:i]
	}
	return best
}

// validateModules checks the modules marked dedicated: each holds
// catalogued packages, all dedicated, and every entry that declares the
// module agrees that it is dedicated.
func (c *Catalog) validateModules() []error {
	declared := map[string]bool{}
	marked := map[string]*Entry{}
	for _, e := range c.Entries {
		for _, m := range e.Modules {
			declared[m.Path] = true
			if m.Dedicated {
				marked[m.Path] = e
			}
		}
	}
	var errs []error
	for _, e := range c.Entries {
		for _, m := range e.Modules {
			if first := marked[m.Path]; first != nil && !m.Dedicated {
				errs = append(errs, fmt.Errorf("%s: entry %q: module %q is dedicated in entry %q: mark it dedicated here too", e.File, e.ID, m.Path, first.ID))
			}
		}
	}
	for _, path := range slices.Sorted(maps.Keys(marked)) {
		e := marked[path]
		n := 0
		for _, x := range c.Entries {
			for _, p := range x.Packages {
				if !slices.ContainsFunc(append([]string{p.Path}, p.Aliases...), func(pth string) bool { return ownerIn(declared, pth, "") == path }) {
					continue
				}
				n++
				if !p.Dedicated {
					errs = append(errs, fmt.Errorf("%s: entry %q: module %q is marked dedicated but holds the multi-purpose package %q", e.File, e.ID, path, p.Path))
				}
			}
		}
		if n == 0 {
			errs = append(errs, fmt.Errorf("%s: entry %q: module %q is marked dedicated but holds no catalogued package", e.File, e.ID, path))
		}
	}
	return errs
}

func within(pth, mod string) bool {
	return pth == mod || len(pth) > len(mod) && pth[len(mod)] == '/' && strings.HasPrefix(pth, mod)
}

// pkgPath is an import path or alias of the catalogued package at order
// in the catalog's package list.
type pkgPath struct {
	path  string
	order int
}

// indexModules builds the ModuleInfo of every module the catalog
// declares, and the sorted package paths Module looks up other modules in.
func (c *Catalog) indexModules() {
	for i, p := range c.index.packageList {
		for _, pth := range append([]string{p.Path}, p.Aliases...) {
			c.pkgPaths = append(c.pkgPaths, pkgPath{pth, i})
		}
	}
	slices.SortFunc(c.pkgPaths, func(a, b pkgPath) int { return cmp.Or(strings.Compare(a.path, b.path), a.order-b.order) })
	c.declared = map[string]bool{}
	for _, e := range c.Entries {
		for _, m := range e.Modules {
			c.declared[m.Path] = true
		}
	}
	c.modules = map[string]*ModuleInfo{}
	for m := range c.declared {
		c.modules[m] = &ModuleInfo{Path: m}
	}
	// Each package once, under every module that owns its path or an
	// alias, in catalog order.
	for _, p := range c.index.packageList {
		var owners []string
		for _, pth := range append([]string{p.Path}, p.Aliases...) {
			if m := c.owner(pth, ""); m != "" && !slices.Contains(owners, m) {
				owners = append(owners, m)
				c.modules[m].Packages = append(c.modules[m].Packages, p)
			}
		}
	}
	for _, e := range c.Entries {
		for _, m := range e.Modules {
			if mi := c.modules[m.Path]; m.Dedicated && mi.Entry == nil {
				mi.Dedicated, mi.Entry = true, e
				for _, p := range mi.Packages {
					if mi.Category == "" || p.Category.Rank() < mi.Category.Rank() {
						mi.Category = p.Category
					}
				}
			}
		}
	}
}

// What says what a dedicated module is, completing a finding's subject:
// "is a module that exists only for face recognition".
func (m *ModuleInfo) What() string {
	info, _ := m.Category.Info()
	return "is a module that exists only for " + strings.ToLower(info.Title)
}
