package audit

import (
	"fmt"
	"go/types"
	"os"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// NeedsFacts reports whether a, or an analyzer it requires, uses facts:
// facts come from type-checked dependencies, which a syntax-only audit
// does not have.
func NeedsFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	return slices.ContainsFunc(a.Requires, NeedsFacts)
}

// runner runs analyzers on one package's syntax-only pass, each at most
// once, prerequisites first.
type runner struct {
	a       *auditor
	p       *pkg
	tpkg    *types.Package
	module  *analysis.Module // of p, as its passes have it
	results map[*analysis.Analyzer]*result
}

type result struct {
	value any
	diags []analysis.Diagnostic
	err   error
}

// analysed is a package and what each analyzer of the run made of it, in
// the order of the analyzers.
type analysed struct {
	p       *pkg
	results []*result
}

// analyse runs analyzers on p. It may run beside the analysis of other
// packages: what it reports goes to the report later, in order (report).
func (a *auditor) analyse(p *pkg, analyzers []*analysis.Analyzer) *analysed {
	// The results map holds every analyzer run, prerequisites included
	// (fewer than the analyzers in the suite): sized once, it does not
	// grow for each package.
	// Every package of an audit has a module, "" when no go.mod above it
	// names one.
	module := &analysis.Module{Path: p.Module, GoMod: p.GoMod}
	r := &runner{a: a, p: p, tpkg: types.NewPackage(p.Path, p.Name), module: module, results: make(map[*analysis.Analyzer]*result, 2*len(analyzers))}
	out := &analysed{p: p}
	for _, an := range analyzers {
		out.results = append(out.results, r.run(an))
	}
	return out
}

// report turns what analyse made of a package into the report's package,
// and hands the results to the collector.
func (a *auditor) report(pa *analysed, analyzers []*analysis.Analyzer) *output.Package {
	out := &output.Package{ID: pa.p.ID}
	for i, an := range analyzers {
		res := pa.results[i]
		a.collector.Result(an, res.value)
		ar := &output.AnalyzerResult{Name: an.Name}
		if res.err != nil {
			ar.Err = res.err.Error()
		}
		for _, d := range res.diags {
			ar.Findings = append(ar.Findings, a.collector.Finding(a.fset, an.Name, d))
		}
		out.Analyzers = append(out.Analyzers, ar)
	}
	return out
}

func (r *runner) run(an *analysis.Analyzer) (res *result) {
	if res, ok := r.results[an]; ok {
		return res
	}
	res = &result{}
	r.results[an] = res
	if an == ignored.Analyzer {
		// The audit parsed the excluded files with the others.
		res.value = ignored.Parsed(r.p.Path, r.module, r.p.Ignored, r.p.IgnoredSyntax)
		return res
	}
	resultOf := make(map[*analysis.Analyzer]any, len(an.Requires))
	for _, req := range an.Requires {
		rr := r.run(req)
		if rr.err != nil {
			res.err = fmt.Errorf("prerequisite %s failed: %v", req.Name, rr.err)
			return res
		}
		resultOf[req] = rr.value
	}
	pass := &analysis.Pass{
		Analyzer:     an,
		Fset:         r.a.fset,
		Files:        r.p.Files,
		OtherFiles:   r.p.Other,
		IgnoredFiles: r.p.Ignored,
		Pkg:          r.tpkg,
		// TypesInfo nil: the analyzers resolve uses through each file's imports.
		Module:   r.module,
		ResultOf: resultOf,
		Report:   func(d analysis.Diagnostic) { res.diags = append(res.diags, d) },
		ReadFile: r.readFile,

		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	// A bad tree must not crash the audit: a panicking analyzer is an
	// analyzer error, reported with the package.
	defer func() {
		if v := recover(); v != nil {
			res.err = fmt.Errorf("panic: %v", v)
		}
	}()
	v, err := an.Run(pass)
	if err == nil && an.ResultType != nil && v != nil && reflect.TypeOf(v) != an.ResultType {
		err = fmt.Errorf("internal error: result of type %T, want %v", v, an.ResultType)
	}
	res.value, res.err = v, err
	return res
}

// readFile serves the pass's own files only, as the analysis API asks.
func (r *runner) readFile(name string) ([]byte, error) {
	if src, ok := r.a.source(name); ok {
		return src, nil
	}
	if slices.Contains(r.p.Other, name) || slices.Contains(r.p.Ignored, name) {
		return os.ReadFile(r.a.absName(name))
	}
	return nil, fmt.Errorf("%s is not a file of package %s", name, r.p.ID)
}
