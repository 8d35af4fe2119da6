package catalog

import (
	"slices"
	"strings"
	"sync"
)

// Catalog is the knowledge base: every vendor product whose Go code reveals a
// biometric capability, with the packages, symbols and other evidence that
// reveal it.
type Catalog struct {
	Entries []*Entry

	index  *index
	models modelIndex // built on the first Model lookup

	moduleOnce sync.Once
	declared   map[string]bool        // module paths the entries declare
	modules    map[string]*ModuleInfo // by declared path, built on the first Module lookup
	pkgPaths   []pkgPath              // every package path and alias, sorted, for Module
}

// Entry is one vendor product: an SDK, a library or a web API.
type Entry struct {
	ID      string `yaml:"id"`      // unique, kebab-case, stable: used in suppressions and reports
	Vendor  string `yaml:"vendor"`  // filled from the file's vendor when empty
	Product string `yaml:"product"` // what the vendor calls it
	Docs    string `yaml:"docs"`    // documentation URL
	// Source is where the entry's names were read and checked: a
	// documentation page or a repository file. An entry with modules has its
	// source in them (the pinned versions, which the drift test reads); an
	// entry without modules (web APIs, model files, native libraries) must
	// name one.
	Source  string    `yaml:"source,omitempty"`
	Legal   string    `yaml:"legal,omitempty"`
	Modules []*Module `yaml:"modules,omitempty"`

	Packages  []*Package   `yaml:"packages,omitempty"`
	Endpoints []*Endpoint  `yaml:"endpoints,omitempty"`
	Models    []*ModelFile `yaml:"models,omitempty"`
	Native    []*NativeLib `yaml:"native,omitempty"`

	File string `yaml:"-"` // data file the entry was read from
}

// Module is a Go module that provides some of an entry's packages.
type Module struct {
	Path string `yaml:"path"`
	// Version is the version the catalog was verified against.
	Version string `yaml:"version"`
	// Stub names the place a hand-written stub was read from, for modules the
	// module proxy does not serve; empty when the real module is served.
	Stub string `yaml:"stub,omitempty"`
	// Dedicated marks a module that exists for biometrics: requiring it is
	// a finding. The catalog lists only the biometric packages of a module,
	// so that they are all dedicated cannot tell a face library from a
	// cloud SDK with one face service among hundreds (Huawei Cloud's):
	// the mark says it. Every catalogued package the module holds must be
	// dedicated.
	Dedicated bool `yaml:"dedicated,omitempty"`
}

// Package is an importable Go package of an entry.
type Package struct {
	Path string `yaml:"path"`
	// Name is the package clause name, when it differs from the last element
	// of the import path (ignoring a /vN suffix).
	Name string `yaml:"name,omitempty"`
	// Aliases are other import paths with the same API: major versions,
	// profile packages that alias the types, forks.
	Aliases []string `yaml:"aliases,omitempty"`
	// Dedicated packages exist only for biometrics: importing one is a finding.
	// Multi-purpose packages (cloud vision suites, OpenCV) are findings only
	// through their catalogued symbols.
	Dedicated bool      `yaml:"dedicated,omitempty"`
	Category  Category  `yaml:"category,omitempty"` // of the import of a dedicated package
	What      string    `yaml:"what,omitempty"`     // what the package does, for dedicated packages
	Symbols   []*Symbol `yaml:"symbols,omitempty"`

	Entry *Entry `yaml:"-"`
}

// Symbol is a package-level function, type, variable or constant ("Name"), or
// a method or struct field ("Type.Name"), whose use reveals a capability.
type Symbol struct {
	Name     string   `yaml:"symbol"`
	Category Category `yaml:"category"`
	What     string   `yaml:"what"` // verb phrase: "compares two faces"
	Legal    string   `yaml:"legal,omitempty"`
	// Refine, for calls, lets what the call requests decide the category:
	// Rekognition DetectFaces is face detection unless it asks for emotions.
	// With several refinements, the most restricted category decided by any
	// of them applies.
	Refine []*Refinement `yaml:"refine,omitempty"`

	Package *Package `yaml:"-"`
}

// Refinement decides the category of a call by the values of one argument,
// or of one field of a struct argument, as far as the analyzers can
// determine them inside the calling function.
type Refinement struct {
	// Arg is the index of the deciding argument (receiver excluded). Without
	// it, Field names the deciding field of the first argument that has it
	// (dotted for nested structs: "Body.Attributes"); without either, every
	// argument is looked at (model file paths).
	Arg   *int   `yaml:"arg,omitempty"`
	Field string `yaml:"field,omitempty"`
	// Split separates several values listed in one string ("Age,Emotion").
	Split string `yaml:"split,omitempty"`
	// Values maps a value (compared without regard to case) to a category.
	Values map[string]Category `yaml:"values,omitempty"`
	// Models: the value is a model file path, and the catalog's model files
	// decide.
	Models bool `yaml:"models,omitempty"`
	// Otherwise applies when every value is known and none decides: a
	// category, "none" (not a finding), or empty for the symbol's category.
	Otherwise string `yaml:"otherwise,omitempty"`
	// Undetermined applies when some value cannot be determined: the
	// broadest plausible category, since uncertainty never means silence.
	Undetermined Category `yaml:"undetermined"`
}

// NotAFinding is the Otherwise value that makes a call silent.
const NotAFinding = "none"

// Member returns the member name of a symbol of the form T.M (a method or
// field of type T), or "" for a package-level F.
func (s *Symbol) Member() string {
	_, m, _ := strings.Cut(s.Name, ".")
	return m
}

// LegalRef returns the legal reference of the symbol: its own, its entry's, or its category's.
func (s *Symbol) LegalRef() string {
	if s.Legal != "" {
		return s.Legal
	}
	return s.Package.Entry.legalFor(s.Category)
}

// LegalRef returns the legal reference for the import of a dedicated package.
func (p *Package) LegalRef() string { return p.Entry.legalFor(p.Category) }

func (e *Entry) legalFor(c Category) string {
	if e.Legal != "" {
		return e.Legal
	}
	info, _ := c.Info()
	return info.Legal
}

// Title is the vendor and product, as messages name them.
// The vendor is left out when the product name starts with it.
func (e *Entry) Title() string {
	if len(e.Product) >= len(e.Vendor) && strings.EqualFold(e.Product[:len(e.Vendor)], e.Vendor) {
		return e.Product
	}
	return e.Vendor + " " + e.Product
}

// Package returns the catalogued package with import path path (or one of
// its aliases), or nil.
func (c *Catalog) Package(path string) *Package { return c.index.packages[path] }

// HasPackage reports whether the catalog has a package of import path
// path.
func (c *Catalog) HasPackage(path string) bool { return c.Package(path) != nil }

// DefaultHasPackage is Default().HasPackage without building the catalog:
// go vet runs the tool on every dependency of the vetted packages, and
// most of them stop at this question (no catalogued import, directly or
// through theirs); building the catalog was most of their cost.
func DefaultHasPackage(path string) bool {
	_, ok := slices.BinarySearch(embeddedPackagePaths, path)
	return ok
}

// Symbol returns the catalogued symbol name ("F" or "T.M") of the package
// with import path path, or nil.
func (c *Catalog) Symbol(path, name string) *Symbol {
	p := c.index.packages[path]
	if p == nil {
		return nil
	}
	return c.index.symbols[p][name]
}

// Packages returns every catalogued package, in catalog order.
func (c *Catalog) Packages() []*Package { return c.index.packageList }

// Entry returns the entry with the given ID, or nil.
func (c *Catalog) Entry(id string) *Entry { return c.index.entries[id] }

type index struct {
	entries     map[string]*Entry
	packages    map[string]*Package // by path and alias path
	packageList []*Package
	symbols     map[*Package]map[string]*Symbol
}

func (c *Catalog) buildIndex() {
	// The maps are made to size: growing them was a third of the index's
	// cost, which every run that loads the catalog pays once.
	npkg, nalias := 0, 0
	for _, e := range c.Entries {
		npkg += len(e.Packages)
		for _, p := range e.Packages {
			nalias += len(p.Aliases)
		}
	}
	ix := &index{
		entries:     make(map[string]*Entry, len(c.Entries)),
		packages:    make(map[string]*Package, npkg+nalias),
		packageList: make([]*Package, 0, npkg),
		symbols:     make(map[*Package]map[string]*Symbol, npkg),
	}
	for _, e := range c.Entries {
		ix.entries[e.ID] = e
		for _, p := range e.Packages {
			p.Entry = e
			ix.packageList = append(ix.packageList, p)
			ix.packages[p.Path] = p
			for _, a := range p.Aliases {
				ix.packages[a] = p
			}
			syms := make(map[string]*Symbol, len(p.Symbols))
			for _, s := range p.Symbols {
				s.Package = p
				syms[s.Name] = s
			}
			ix.symbols[p] = syms
		}
	}
	c.index = ix
}
