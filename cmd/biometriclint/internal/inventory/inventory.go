// Package inventory lists the catalogued biometric modules that a module's
// files name: requirements in go.mod, checksums in go.sum and vendored
// modules in vendor/modules.txt, whether the code uses them or not. It
// reads the files only: no go command, no network.
package inventory

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// Modules reads go.mod, go.sum and vendor/modules.txt in each of dirs and
// returns the catalogued modules they name. Files that do not exist are
// skipped; files that cannot be read or parsed are returned as problems.
func Modules(cat *catalog.Catalog, dirs []string) ([]*output.Module, []*output.Problem) {
	var mods []*output.Module
	var problems []*output.Problem
	seen := map[string]bool{}
	add := func(source, path, version string) {
		key := source + "\x00" + path + "\x00" + version
		if seen[key] {
			return
		}
		if m := Module(cat, source, path, version); m != nil {
			seen[key] = true
			mods = append(mods, m)
		}
	}
	for _, dir := range dirs {
		gomod := filepath.Join(dir, "go.mod")
		if data, err := os.ReadFile(gomod); err == nil {
			f, err := modfile.ParseLax(gomod, data, nil)
			if err != nil {
				problems = append(problems, &output.Problem{File: gomod, Reason: "cannot parse: " + err.Error()})
			} else {
				for _, r := range f.Require {
					add(gomod, r.Mod.Path, r.Mod.Version)
				}
			}
		} else if !os.IsNotExist(err) {
			problems = append(problems, &output.Problem{File: gomod, Reason: err.Error()})
		}
		forLines(filepath.Join(dir, "go.sum"), &problems, func(source string, fields []string) {
			if len(fields) == 3 {
				add(source, fields[0], strings.TrimSuffix(fields[1], "/go.mod"))
			}
		})
		forLines(filepath.Join(dir, "vendor", "modules.txt"), &problems, func(source string, fields []string) {
			// "# path version" starts a module; "# path version => ..." a replaced one.
			if len(fields) >= 3 && fields[0] == "#" {
				add(source, fields[1], fields[2])
			}
		})
	}
	return mods, problems
}

// Module returns the inventory line of module path at version, named by
// source (a module file, or an executable's build info), or nil when the
// catalog does not know the module.
func Module(cat *catalog.Catalog, source, path, version string) *output.Module {
	entries := entriesOf(cat, path)
	if len(entries) == 0 {
		return nil
	}
	m := &output.Module{Path: path, Version: version, Source: source, Vendor: entries[0].Title(), Category: categories(entries)}
	for _, e := range entries {
		m.Entries = append(m.Entries, e.ID)
	}
	return m
}

func forLines(name string, problems *[]*output.Problem, fn func(source string, fields []string)) {
	data, err := os.ReadFile(name)
	if err != nil {
		if !os.IsNotExist(err) {
			*problems = append(*problems, &output.Problem{File: name, Reason: err.Error()})
		}
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fn(name, strings.Fields(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		*problems = append(*problems, &output.Problem{File: name, Reason: err.Error()})
	}
}

// entriesOf returns the entries that module path provides: by their
// declared modules, or by the module being a prefix of their packages.
func entriesOf(cat *catalog.Catalog, path string) []*catalog.Entry {
	var es []*catalog.Entry
	for _, e := range cat.Entries {
		if slices.ContainsFunc(e.Modules, func(m *catalog.Module) bool { return m.Path == path }) ||
			slices.ContainsFunc(e.Packages, func(p *catalog.Package) bool { return within(p.Path, path) }) {
			es = append(es, e)
		}
	}
	return es
}

func within(pkg, mod string) bool {
	return pkg == mod || strings.HasPrefix(pkg, mod+"/")
}

// categories lists the categories of an entry's packages and symbols, in
// catalog order.
func categories(es []*catalog.Entry) string {
	found := map[catalog.Category]bool{}
	for _, e := range es {
		for _, p := range e.Packages {
			if p.Dedicated {
				found[p.Category] = true
			}
			for _, s := range p.Symbols {
				found[s.Category] = true
			}
		}
	}
	var names []string
	for _, info := range catalog.Categories {
		if found[info.Category] {
			names = append(names, string(info.Category))
		}
	}
	return strings.Join(names, ", ")
}

// MarkUsed sets Used on the modules one of whose entries a finding comes from.
func MarkUsed(mods []*output.Module, findings []*output.Finding) {
	used := map[string]bool{}
	for _, f := range findings {
		if e := output.EntryOf(f); e != nil {
			used[e.ID] = true
		}
	}
	for _, m := range mods {
		m.Used = slices.ContainsFunc(m.Entries, func(id string) bool { return used[id] })
	}
}
