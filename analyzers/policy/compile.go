package policy

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Options are what compiling settings needs besides the settings.
type Options struct {
	// Root is the directory path globs are relative to. The default is the
	// configuration file's directory, or the working directory for
	// settings that did not come from a file.
	Root string
	// Catalog is the catalog the settings extend; the default is
	// catalog.Default().
	Catalog *catalog.Catalog
	// Now is the clock expiry dates are checked against; the default is
	// time.Now. Tests inject a fixed time.
	Now func() time.Time
}

// Policy is compiled settings: it decides, finding by finding, what is
// reported, at which severity, and what is allowed and why.
type Policy struct {
	cat      *catalog.Catalog
	root     string
	severity map[catalog.Category]Severity
	failOn   FailOn
	exclude  []glob
	rules    []*rule
	enabled  map[string]bool
	src      *source
	now      func() time.Time
}

// rule is a checked allow rule.
type rule struct {
	Rule
	at       string // where it is written: "file:line" or its key
	category catalog.Category
	pkg      *catalog.Package // for a symbol selector
	symbol   string           // symbol name within pkg; empty: the package as a whole
	paths    []glob
	expires  time.Time // zero: never
}

// Compile checks every value of the settings and returns the policy. Its
// error lists every problem, each located by file:line (or key).
func (s *Settings) Compile(opts Options) (*Policy, error) {
	src := &s.src
	p := &Policy{
		cat:      opts.Catalog,
		root:     opts.Root,
		severity: map[catalog.Category]Severity{},
		enabled:  s.Analyzers,
		src:      src,
		now:      opts.Now,
	}
	if p.cat == nil {
		p.cat = catalog.Default()
	}
	if p.root == "" {
		p.root = src.dir
	}
	if p.root == "" {
		p.root = "."
	}
	if abs, err := filepath.Abs(p.root); err == nil {
		p.root = abs
	}
	if p.now == nil {
		p.now = time.Now
	}
	var errs []error
	fail := func(key, format string, args ...any) { errs = append(errs, src.errorf(key, format, args...)) }

	if len(s.Catalog) > 0 {
		for i, e := range s.Catalog {
			if e != nil {
				e.File = src.at(fmt.Sprintf("catalog[%d]", i))
			}
		}
		ext, err := p.cat.Extend(s.Catalog)
		if err != nil {
			errs = append(errs, err)
		} else {
			p.cat = ext
		}
	}
	for _, name := range slices.Sorted(maps.Keys(s.Severity)) {
		sev, key := s.Severity[name], "severity."+name
		if _, err := catalog.ParseCategory(name); err != nil {
			fail(key, "%v", err)
		}
		if err := parseSeverity(sev); err != nil {
			fail(key, "%v", err)
		}
		p.severity[catalog.Category(name)] = sev
	}
	failOn, err := ParseFailOn(string(s.FailOn))
	if err != nil {
		fail("fail-on", "%v", err)
	}
	p.failOn = failOn
	for i, pat := range s.Exclude {
		g, err := compileGlob(pat)
		if err != nil {
			fail(fmt.Sprintf("exclude[%d]", i), "%v", err)
		}
		p.exclude = append(p.exclude, g)
	}
	for i, r := range s.Allow {
		cr, rerrs := p.compileRule(r, fmt.Sprintf("allow[%d]", i))
		errs = append(errs, rerrs...)
		p.rules = append(p.rules, cr)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return p, nil
}

func (p *Policy) compileRule(r Rule, key string) (*rule, []error) {
	cr := &rule{Rule: r, at: p.src.at(key)}
	if p.src.file != "" {
		cr.at = strings.TrimSuffix(cr.at, ": "+key)
	}
	var errs []error
	fail := func(k, format string, args ...any) {
		errs = append(errs, p.src.errorf(key+"."+k, format, args...))
	}
	if strings.TrimSpace(r.Reason) == "" {
		fail("reason", "an allow rule needs a reason")
	}
	if r.Category == "" && r.Vendor == "" && r.Entry == "" && r.Symbol == "" && len(r.Paths) == 0 {
		errs = append(errs, p.src.errorf(key, "an allow rule needs a category, vendor, entry, symbol or paths: without one it would allow every finding (set a severity to off instead)"))
	}
	if r.Category != "" {
		c, err := catalog.ParseCategory(r.Category)
		if err != nil {
			fail("category", "%v", err)
		}
		cr.category = c
	}
	if r.Vendor != "" && !p.hasVendor(r.Vendor) {
		fail("vendor", "no catalog entry has vendor %q", r.Vendor)
	}
	if r.Entry != "" && p.cat.Entry(r.Entry) == nil {
		fail("entry", "no catalog entry has ID %q", r.Entry)
	}
	if r.Symbol != "" {
		cr.pkg, cr.symbol = p.lookupSymbol(r.Symbol)
		if cr.pkg == nil {
			fail("symbol", "%q is not catalogued (want a catalogued import path, or an import path, a dot and a catalogued symbol)", r.Symbol)
		}
	}
	for i, pat := range r.Paths {
		g, err := compileGlob(pat)
		if err != nil {
			fail(fmt.Sprintf("paths[%d]", i), "%v", err)
		}
		cr.paths = append(cr.paths, g)
	}
	if r.Expires != "" {
		t, err := parseDate(r.Expires)
		if err != nil {
			fail("expires", "%v", err)
		}
		cr.expires = t
	}
	return cr, errs
}

func (p *Policy) hasVendor(v string) bool {
	for _, e := range p.cat.Entries {
		if strings.EqualFold(e.Vendor, v) {
			return true
		}
	}
	return false
}

// lookupSymbol resolves a rule's symbol selector: an import path (or alias
// path) of a catalogued package, optionally followed by "." and one of its
// catalogued symbols.
func (p *Policy) lookupSymbol(sel string) (*catalog.Package, string) {
	for _, pkg := range p.cat.Packages() {
		for _, path := range append([]string{pkg.Path}, pkg.Aliases...) {
			if sel == path {
				return pkg, ""
			}
			if name, ok := strings.CutPrefix(sel, path+"."); ok && p.cat.Symbol(pkg.Path, name) != nil {
				return pkg, name
			}
		}
	}
	return nil, ""
}

// Catalog is the catalog the policy decides with: the one it was compiled
// against, extended with the settings' entries.
func (p *Policy) Catalog() *catalog.Catalog { return p.cat }

// FailOn is the settings' fail-on value (error when unset); a command-line
// flag may override it.
func (p *Policy) FailOn() FailOn { return p.failOn }

// SeverityOf returns the severity of the findings of category c.
func (p *Policy) SeverityOf(c catalog.Category) Severity {
	if s, ok := p.severity[c]; ok {
		return s
	}
	return Error
}
