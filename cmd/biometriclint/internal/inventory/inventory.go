// Package inventory lists the modules that a module's files name and
// whose catalogued packages make them matter: requirements in go.mod,
// checksums in go.sum and vendored modules in vendor/modules.txt. Each
// module is listed once, with every place that names it. Whether a module
// is biometric is the catalog's rule (catalog.Catalog.Module), the one
// modrequire reports by: a module that exists for biometrics is listed
// whether the code uses it or not; a multi-purpose one (a cloud SDK,
// OpenCV) only when the code uses its biometric packages. It reads the
// files only: no go command, no network.
package inventory

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/semver"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/modrequire"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/internal/readlimit"
)

// Modules reads go.mod, go.sum and vendor/modules.txt in each of dirs and
// returns the modules they name that hold catalogued packages, by path,
// each once. Files that do not exist are skipped; files that cannot be
// read or parsed are returned as problems. Multi-purpose modules are
// returned too, not Used: MarkUsed decides whether the reports list them.
func Modules(cat *catalog.Catalog, dirs []string) ([]*output.Module, []*output.Problem) {
	var mods []*output.Module
	var problems []*output.Problem
	byPath := map[string]*output.Module{}
	add := func(file, path, version, how string) {
		m := byPath[path]
		if m == nil {
			if m = newModule(cat, path); m == nil {
				return
			}
			byPath[path] = m
			mods = append(mods, m)
		}
		for i, p := range m.Places {
			if p.File == file && p.How == how {
				// go.sum lists several versions: the place keeps the highest.
				if semver.Compare(version, p.Version) > 0 {
					m.Places[i].Version = version
				}
				return
			}
		}
		m.Places = append(m.Places, output.ModulePlace{File: file, Version: version, How: how})
	}
	for _, dir := range dirs {
		gomod := filepath.Join(dir, "go.mod")
		if data, ok := read(gomod, &problems); ok {
			reqs, err := modrequire.GoModRequirements(gomod, data)
			if err != nil {
				problems = append(problems, &output.Problem{File: gomod, Reason: "cannot parse: " + err.Error()})
			}
			for _, r := range reqs {
				add(gomod, r.Path, r.Version, kind(r.Indirect))
			}
		}
		gosum := filepath.Join(dir, "go.sum")
		if data, ok := read(gosum, &problems); ok {
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				if fields := strings.Fields(sc.Text()); len(fields) == 3 {
					add(gosum, fields[0], strings.TrimSuffix(fields[1], "/go.mod"), "checksum")
				}
			}
			if err := sc.Err(); err != nil {
				problems = append(problems, &output.Problem{File: gosum, Reason: err.Error()})
			}
		}
		vendor := filepath.Join(dir, "vendor", "modules.txt")
		if data, ok := read(vendor, &problems); ok {
			for _, r := range modrequire.VendorRequirements(data) {
				add(vendor, r.Path, r.Version, "vendored, "+kind(r.Indirect))
			}
		}
	}
	for _, m := range mods {
		m.Version = version(m.Places)
	}
	return mods, problems
}

// Module returns the inventory line of module path at version, named by
// an executable's build info (source is the executable), or nil when the
// catalog has no package in it.
func Module(cat *catalog.Catalog, source, path, version string) *output.Module {
	m := newModule(cat, path)
	if m != nil {
		m.Version = version
		m.Places = []output.ModulePlace{{File: source, Version: version, How: "build info"}}
	}
	return m
}

// newModule is the line of a module that holds catalogued packages, without
// its places; nil for other modules.
func newModule(cat *catalog.Catalog, path string) *output.Module {
	mi := cat.Module(path)
	if mi == nil {
		return nil
	}
	m := &output.Module{Path: path, Dedicated: mi.Dedicated}
	if mi.Dedicated {
		m.Entries, m.Vendor, m.Category = describe(mi.Packages, nil)
	}
	return m
}

// read returns the content of name; a file that does not exist is no
// problem.
func read(name string, problems *[]*output.Problem) ([]byte, bool) {
	data, err := readlimit.ReadFile(name)
	if err != nil && !os.IsNotExist(err) {
		*problems = append(*problems, &output.Problem{File: name, Reason: err.Error()})
	}
	return data, err == nil
}

func kind(indirect bool) string {
	if indirect {
		return "indirect"
	}
	return "direct"
}

// version is the version the first requirement names, else the highest a
// go.sum lists.
func version(places []output.ModulePlace) string {
	best := ""
	for _, p := range places {
		if p.How != "checksum" {
			return p.Version
		}
		if best == "" || semver.Compare(p.Version, best) > 0 {
			best = p.Version
		}
	}
	return best
}

// describe returns the entries of pkgs (of those whose entry is in only,
// when only is not nil), their titles, and the categories of pkgs and
// their symbols, in catalog order.
func describe(pkgs []*catalog.Package, only map[*catalog.Entry]bool) (ids []string, titles, categories string) {
	found := map[catalog.Category]bool{}
	var names []string
	for _, p := range pkgs {
		if only != nil && !only[p.Entry] {
			continue
		}
		if !slices.Contains(ids, p.Entry.ID) {
			ids = append(ids, p.Entry.ID)
			names = append(names, p.Entry.Title())
		}
		if p.Dedicated {
			found[p.Category] = true
		}
		for _, s := range p.Symbols {
			found[s.Category] = true
		}
	}
	return ids, strings.Join(names, "; "), joinCategories(found)
}

func joinCategories(found map[catalog.Category]bool) string {
	var names []string
	for _, info := range catalog.Categories {
		if found[info.Category] {
			names = append(names, string(info.Category))
		}
	}
	return strings.Join(names, ", ")
}

// usesCode reports whether a finding is a use of a package in the analysed
// code (an import, a symbol), as opposed to a requirement, an endpoint
// string, a model file or a native library, which say nothing of whether a
// module's packages are used.
func usesCode(f *output.Finding) bool {
	return f.Analyzer == "sdkimport" || f.Analyzer == "sdksymbol"
}

// MarkUsed sets Used on the modules whose packages the findings' entries
// come from (imports and symbol uses in the analysed code). A
// multi-purpose module then takes the entries and categories of those
// findings, and only those. Modules are looked up in the embedded
// catalog, whose entries the findings' records share.
func MarkUsed(mods []*output.Module, findings []*output.Finding) {
	cat := catalog.Default()
	used := map[*catalog.Entry]map[catalog.Category]bool{}
	for _, f := range findings {
		if !usesCode(f) {
			continue
		}
		if e := f.Entry; e != nil {
			if used[e] == nil {
				used[e] = map[catalog.Category]bool{}
			}
			used[e][catalog.Category(f.Category)] = true
		}
	}
	for _, m := range mods {
		mi := cat.Module(m.Path)
		if mi == nil {
			continue
		}
		only := map[*catalog.Entry]bool{}
		found := map[catalog.Category]bool{}
		for _, p := range mi.Packages {
			if cs := used[p.Entry]; cs != nil {
				only[p.Entry] = true
				for c := range cs {
					found[c] = true
				}
			}
		}
		m.Used = len(only) > 0
		if !m.Dedicated && m.Used {
			m.Entries, m.Vendor, _ = describe(mi.Packages, only)
			m.Category = joinCategories(found)
		}
	}
}
