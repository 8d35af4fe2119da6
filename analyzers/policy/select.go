package policy

import (
	"errors"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// Select returns the analyzers of all that the settings' analyzers switches
// leave on, in their order. Analyzers named in off are optional: they run
// only when switched on. Naming an analyzer that is not in all is an error.
func (p *Policy) Select(all []*analysis.Analyzer, off ...string) ([]*analysis.Analyzer, error) {
	known := map[string]bool{}
	for _, a := range all {
		known[a.Name] = true
	}
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(p.enabled)) {
		if !known[name] {
			errs = append(errs, p.src.errorf("analyzers."+name, "unknown analyzer %q", name))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		on, set := p.enabled[a.Name]
		if !set {
			on = !slices.Contains(off, a.Name)
		}
		if on {
			out = append(out, a)
		}
	}
	return out, nil
}
