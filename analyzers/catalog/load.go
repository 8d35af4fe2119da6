package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// dataFile is the shape of one data file: one vendor and its products.
type dataFile struct {
	Vendor  string   `yaml:"vendor"`
	Entries []*Entry `yaml:"entries"`
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// Default returns the catalog embedded in the program, built once. It is
// built from embeddedEntries, the data files as Go values (generated from
// data/ by TestEmbeddedEntries), not by decoding and validating the YAML:
// that took 17 ms, most of a run of the vet tool on a small package, and
// go vet runs the tool once for every package and dependency. Tests keep
// the data valid and embeddedEntries equal to it.
func Default() *Catalog {
	defaultOnce.Do(func() {
		defaultCat = &Catalog{Entries: embeddedEntries()}
		defaultCat.buildIndex()
	})
	return defaultCat
}

// Load reads and validates every data file of fsys that matches pattern, in
// lexical order. Unknown keys, malformed values and inconsistent entries are
// errors that name the file (and the line, where the YAML decoder knows it).
func Load(fsys fs.FS, pattern string) (*Catalog, error) {
	entries, err := parseAll(fsys, pattern)
	if err != nil {
		return nil, err
	}
	return build(entries)
}

// parseAll parses every data file of fsys that matches pattern, in lexical
// order, into its entries.
func parseAll(fsys fs.FS, pattern string) ([]*Entry, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no catalog data files match %q", pattern)
	}
	sort.Strings(names)
	var entries []*Entry
	var errs []error
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		es, err := parseFile(name, src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		entries = append(entries, es...)
	}
	return entries, errors.Join(errs...)
}

// build validates parsed entries and indexes them into a catalog.
func build(entries []*Entry) (*Catalog, error) {
	cat := &Catalog{Entries: entries}
	if errs := cat.validate(true); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	cat.buildIndex()
	return cat, nil
}

func parseFile(name string, src []byte) ([]*Entry, error) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	var f dataFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if strings.TrimSpace(f.Vendor) == "" {
		return nil, fmt.Errorf("%s: missing vendor", name)
	}
	for i, e := range f.Entries {
		if e == nil {
			return nil, fmt.Errorf("%s: empty entry", name)
		}
		if where := emptyItem(reflect.ValueOf(e).Elem(), ""); where != "" {
			return nil, fmt.Errorf("%s: entry %d: empty item in %s", name, i+1, where)
		}
		if e.Vendor == "" {
			e.Vendor = f.Vendor
		}
		e.File = name
	}
	return f.Entries, nil
}

// emptyItem returns where v (a decoded entry) holds an empty item of a
// list ("modules: [-]" decodes to a nil pointer), as the YAML keys lead to
// it ("packages[2].symbols[1]"), or "": validation and the analyzers read
// every item.
func emptyItem(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "" // an optional field left out; an item is checked below
		}
		return emptyItem(v.Elem(), path)
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || key == "-" {
				continue
			}
			if key == "" {
				key = strings.ToLower(f.Name)
			}
			if path != "" {
				key = path + "." + key
			}
			if where := emptyItem(v.Field(i), key); where != "" {
				return where
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			item, where := v.Index(i), fmt.Sprintf("%s[%d]", path, i+1)
			if item.Kind() == reflect.Pointer && item.IsNil() {
				return where
			}
			if where := emptyItem(item, where); where != "" {
				return where
			}
		}
	}
	return ""
}

var (
	idPattern     = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	symbolPattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$`)
	identPattern  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	fieldPattern  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)
)

// validate checks every invariant the analyzers rely on. Data files must
// also name the source of every entry (requireSource); a team's own entries,
// added with Extend, need not.
func (c *Catalog) validate(requireSource bool) []error {
	var errs []error
	ids := map[string]string{}
	paths := map[string]string{}
	for _, e := range c.Entries {
		where := fmt.Sprintf("%s: entry %q", e.File, e.ID)
		fail := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf(where+": "+format, args...))
		}
		if !idPattern.MatchString(e.ID) {
			fail("id must be lower-case kebab-case")
		} else if prev, dup := ids[e.ID]; dup {
			fail("duplicate id (also in %s)", prev)
		}
		ids[e.ID] = e.File
		if strings.TrimSpace(e.Product) == "" {
			fail("missing product")
		}
		if !strings.HasPrefix(e.Docs, "https://") {
			fail("docs must be an https URL, got %q", e.Docs)
		}
		switch {
		case e.Source != "" && !strings.HasPrefix(e.Source, "https://"):
			fail("source must be an https URL, got %q", e.Source)
		case requireSource && e.Source == "" && len(e.Modules) == 0:
			fail("no source: an entry without modules names the documentation page or repository file its names were read from")
		}
		if len(e.Packages)+len(e.Endpoints)+len(e.Models)+len(e.Native) == 0 {
			fail("no packages, endpoints, models or native libraries: nothing to detect")
		}
		for _, m := range e.Modules {
			if err := module.CheckPath(m.Path); err != nil {
				fail("module %q: %v", m.Path, err)
			}
			if !semver.IsValid(m.Version) {
				fail("module %q: version %q is not a semantic version", m.Path, m.Version)
			}
		}
		for _, p := range e.Packages {
			for _, err := range p.validate(e) {
				fail("package %q: %v", p.Path, err)
			}
			for _, pth := range append([]string{p.Path}, p.Aliases...) {
				if prev, dup := paths[pth]; dup {
					fail("package path %q is also catalogued by entry %q", pth, prev)
				}
				paths[pth] = e.ID
			}
		}
		for _, ep := range e.Endpoints {
			if err := ep.validate(); err != nil {
				fail("endpoint: %v", err)
			}
		}
		for _, m := range e.Models {
			if err := m.validate(); err != nil {
				fail("model: %v", err)
			}
		}
		for _, n := range e.Native {
			if err := n.validate(); err != nil {
				fail("native library: %v", err)
			}
		}
	}
	return append(errs, c.validateModules()...)
}

func (p *Package) validate(e *Entry) []error {
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for _, pth := range append([]string{p.Path}, p.Aliases...) {
		if err := module.CheckImportPath(pth); err != nil {
			fail("%v", err)
		}
		if len(e.Modules) > 0 && moduleOf(e, pth) == nil {
			fail("import path %q lies in none of the entry's modules", pth)
		}
	}
	if p.Name != "" && !identPattern.MatchString(p.Name) {
		fail("name %q is not an identifier", p.Name)
	}
	if p.Dedicated {
		if !p.Category.Valid() {
			fail("dedicated package needs a valid category, got %q", p.Category)
		}
		if strings.TrimSpace(p.What) == "" {
			fail("dedicated package needs a what")
		}
	} else {
		if p.Category != "" || p.What != "" {
			fail("category and what belong to dedicated packages; a multi-purpose package is reported through its symbols")
		}
		if len(p.Symbols) == 0 {
			fail("multi-purpose package without symbols can never be reported")
		}
	}
	seen := map[string]bool{}
	for _, s := range p.Symbols {
		if !symbolPattern.MatchString(s.Name) {
			fail("symbol %q is not of the form Name or Type.Name", s.Name)
		}
		if seen[s.Name] {
			fail("duplicate symbol %q", s.Name)
		}
		seen[s.Name] = true
		if !s.Category.Valid() {
			fail("symbol %q: %v", s.Name, categoryErr(s.Category))
		}
		if strings.TrimSpace(s.What) == "" {
			fail("symbol %q: missing what", s.Name)
		}
		for _, r := range s.Refine {
			if err := r.validate(); err != nil {
				fail("symbol %q: refine: %v", s.Name, err)
			}
		}
	}
	return errs
}

func categoryErr(c Category) error {
	_, err := ParseCategory(string(c))
	return err
}

// moduleOf returns the entry's module that contains import path pth.
func moduleOf(e *Entry, pth string) *Module {
	var best *Module
	for _, m := range e.Modules {
		if within(pth, m.Path) {
			if best == nil || len(m.Path) > len(best.Path) {
				best = m
			}
		}
	}
	return best
}

// Module returns the entry's module that provides import path pth, or nil.
func (e *Entry) Module(pth string) *Module { return moduleOf(e, pth) }

// PkgName returns the name a file refers to the package by when it imports
// it without a local name.
func (p *Package) PkgName() string {
	if p.Name != "" {
		return p.Name
	}
	return DefaultPkgName(p.Path)
}

// DefaultPkgName guesses a package's name from its import path the way the go
// command's tools do: the last element, skipping a major-version suffix
// (/v2, .v3), with a "go-" prefix and a "-go" or ".go" suffix dropped.
func DefaultPkgName(importPath string) string {
	base := path.Base(importPath)
	if isMajorVersion(base) {
		if dir := path.Dir(importPath); dir != "." {
			base = path.Base(dir)
		}
	}
	if i := strings.Index(base, ".v"); i > 0 && isMajorVersion(base[i+1:]) {
		base = base[:i]
	}
	base = strings.TrimPrefix(base, "go-")
	base = strings.TrimSuffix(base, "-go")
	base = strings.TrimSuffix(base, ".go")
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '.' {
			return '_'
		}
		return r
	}, base)
}

func isMajorVersion(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (r *Refinement) validate() error {
	if r == nil {
		return errors.New("empty refinement")
	}
	if r.Arg == nil && r.Field == "" && !r.Models {
		return errors.New("needs an arg or a field")
	}
	if r.Arg != nil && *r.Arg < 0 {
		return errors.New("arg must not be negative")
	}
	if r.Field != "" && !fieldPattern.MatchString(r.Field) {
		return fmt.Errorf("field %q is not an identifier", r.Field)
	}
	if len(r.Values) == 0 && !r.Models {
		return errors.New("needs values or models")
	}
	// In order: of several bad values, the same one is named every time.
	seen := map[string]string{}
	for _, v := range slices.Sorted(maps.Keys(r.Values)) {
		if c := r.Values[v]; !c.Valid() {
			return fmt.Errorf("value %q: %v", v, categoryErr(c))
		}
		// Values are compared without regard to case: two that differ
		// only in case would both match, in the map's order.
		low := strings.ToLower(v)
		if other, dup := seen[low]; dup {
			return fmt.Errorf("values %q and %q differ only in case", other, v)
		}
		seen[low] = v
	}
	if r.Otherwise != "" && r.Otherwise != NotAFinding && !Category(r.Otherwise).Valid() {
		return fmt.Errorf("otherwise: %v (or %q)", categoryErr(Category(r.Otherwise)), NotAFinding)
	}
	if !r.Undetermined.Valid() {
		return fmt.Errorf("undetermined: %v", categoryErr(r.Undetermined))
	}
	return nil
}
