// Package config gives every analyzer the configuration of its run, the
// catalog to match and the policy that decides findings, as the result of
// a required analyzer, as staticcheck's config analyzer does: nothing is
// installed process-wide, so two runs with different settings can share a
// process (a golangci-lint plugin beside the command's tests, say).
package config

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/finding"
)

// Config is the configuration of one run.
type Config struct {
	// Catalog is what the analyzers look for; nil means the embedded
	// catalog.
	Catalog *catalog.Catalog
	// Decider decides every finding (severity, suppression) and keeps
	// them for the run's reports; nil shows every finding at the
	// severity finding.DefaultSeverity gives it.
	Decider finding.Decider
	// Listed, when set, returns the non-Go regular files (base names) of
	// dir, a directory the driver has read already (the audit walks its
	// tree), and true; false for a directory it has not read. Analyzers
	// that look beside a package's files (cgolib) ask it before reading
	// the directory again.
	Listed func(dir string) ([]string, bool)

	shared sync.Map // key -> *sharedValue, see Shared
}

type sharedValue struct {
	once sync.Once
	v    any
}

// Shared returns what build derives from the catalog of pass's run, built
// once per run under key and shared by all its packages: the matchers and
// indexes an analyzer would otherwise rebuild for every package. build
// must be a pure function of the catalog; key names what it builds
// ("endpoint.Matcher").
func Shared[T any](pass *analysis.Pass, key string, build func(*catalog.Catalog) T) T {
	c := Of(pass)
	e, _ := c.shared.LoadOrStore(key, &sharedValue{})
	sv := e.(*sharedValue)
	sv.once.Do(func() { sv.v = build(c.CatalogOrDefault()) })
	return sv.v.(T)
}

// CatalogOrDefault returns c's catalog, or the embedded one.
func (c *Config) CatalogOrDefault() *catalog.Catalog {
	if c != nil && c.Catalog != nil {
		return c.Catalog
	}
	return catalog.Default()
}

// Analyzer gives the default configuration: the embedded catalog, every
// finding shown. analysistest, go vet and a driver without settings use it.
var Analyzer = New(&Config{})

// New returns a config analyzer whose result is c.
func New(c *Config) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "config",
		Doc:              "gives the analyzers the run's catalog and policy (internal to biometriclint)",
		Run:              func(*analysis.Pass) (any, error) { return c, nil },
		RunDespiteErrors: true,
		ResultType:       reflect.TypeFor[*Config](),
	}
}

// Of returns the configuration of pass, whose analyzer requires a config
// analyzer: Analyzer, or the one Bind gave it.
func Of(pass *analysis.Pass) *Config {
	for _, r := range pass.ResultOf {
		if c, ok := r.(*Config); ok {
			return c
		}
	}
	return &Config{}
}

// Catalog returns the catalog of pass's run.
func Catalog(pass *analysis.Pass) *catalog.Catalog { return Of(pass).CatalogOrDefault() }

// HasPackage returns whether the catalog of pass's run has a package of
// an import path, without building the embedded catalog when the run has
// no other (catalog.DefaultHasPackage): analyzers ask it first, to stop
// early in a package that cannot reach a catalogued one.
func HasPackage(pass *analysis.Pass) func(path string) bool {
	if c := Of(pass); c.Catalog != nil {
		return c.Catalog.HasPackage
	}
	return catalog.DefaultHasPackage
}

// Bind returns analyzers configured by c: each analyzer that requires
// Analyzer, directly or through another, is copied with the requirement
// on a config analyzer whose result is c. The others are returned as they
// are. Analyzers that read another configured analyzer's result must look
// it up by its type, since the copy is not the package's variable.
func Bind(c *Config, analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	bound := New(c)
	copies := map[*analysis.Analyzer]*analysis.Analyzer{Analyzer: bound}
	var bind func(a *analysis.Analyzer) *analysis.Analyzer
	bind = func(a *analysis.Analyzer) *analysis.Analyzer {
		if b, ok := copies[a]; ok {
			return b
		}
		copies[a] = a // no cycles in a valid graph; a placeholder all the same
		var reqs []*analysis.Analyzer
		changed := false
		for _, r := range a.Requires {
			b := bind(r)
			changed = changed || b != r
			reqs = append(reqs, b)
		}
		if !changed {
			return a
		}
		cp := *a
		cp.Requires = reqs
		copies[a] = &cp
		return &cp
	}
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = bind(a)
	}
	return out
}
