package audit

import (
	"fmt"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/internal/readlimit"
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

// plan is the analyzers of a run with their prerequisites, each once,
// prerequisites first: made once for the run, so that a package's run
// keeps its results in one list, not in a map of its own.
type plan struct {
	analyzers []*analysis.Analyzer // the run's, in the order of the report
	all       []*analysis.Analyzer // with their prerequisites, each after its own
	index     map[*analysis.Analyzer]int
}

func newPlan(analyzers []*analysis.Analyzer) *plan {
	pl := &plan{analyzers: analyzers, index: map[*analysis.Analyzer]int{}}
	var add func(an *analysis.Analyzer)
	add = func(an *analysis.Analyzer) {
		if _, ok := pl.index[an]; ok {
			return
		}
		for _, req := range an.Requires {
			add(req)
		}
		pl.index[an] = len(pl.all)
		pl.all = append(pl.all, an)
	}
	for _, an := range analyzers {
		add(an)
	}
	return pl
}

// runner runs a plan's analyzers on one package's syntax-only pass, each
// once, prerequisites first.
type runner struct {
	a      *auditor
	p      *pkg
	tpkg   *types.Package
	module *analysis.Module // of p, as its passes have it
	// results and passes are by the plan's index, each made when its
	// analyzer runs.
	results []result
	passes  []analysis.Pass
	// resultOf holds the result of every analyzer run so far without an
	// error, and is every pass's ResultOf: each finds there the results of
	// its prerequisites, which run before it, as the analysis API asks.
	// One map for the package instead of one for every pass.
	resultOf map[*analysis.Analyzer]any
	readFile func(string) ([]byte, error) // r.readFileOf, for every pass
}

type result struct {
	done  bool // the analyzer ran, or could not for a prerequisite's error
	value any
	diags []analysis.Diagnostic
	err   error
}

// analysed is a package and what each analyzer of the run made of it, in
// the order of the analyzers. It waits for the report, behind directories
// still being analysed: it holds neither the package's syntax nor the
// results of the prerequisites (strings, inspectors), only what the
// report reads.
type analysed struct {
	id      string
	pkg     *types.Package // the passes' package, by which the records of its findings are found
	results []result
}

// analyse runs the analyzers of pl on p. It may run beside the analysis
// of other packages: what it reports goes to the report later, in order
// (report).
func (a *auditor) analyse(p *pkg, pl *plan) *analysed {
	// Every package of an audit has a module, "" when no go.mod above it
	// names one.
	module := &analysis.Module{Path: p.Module, GoMod: p.GoMod}
	n := len(pl.all)
	r := &runner{
		a: a, p: p, tpkg: types.NewPackage(p.Path, p.Name), module: module,
		results: make([]result, n), passes: make([]analysis.Pass, n),
		resultOf: make(map[*analysis.Analyzer]any, n),
	}
	r.readFile = r.readFileOf
	out := &analysed{id: p.ID, pkg: r.tpkg, results: make([]result, len(pl.analyzers))}
	for i, an := range pl.analyzers {
		out.results[i] = *r.run(pl, pl.index[an])
	}
	return out
}

// report turns what analyse made of a package into the report's package,
// and hands the results to the collector.
func (a *auditor) report(pa *analysed, pl *plan) *output.Package {
	out := &output.Package{ID: pa.id}
	for i, an := range pl.analyzers {
		res := pa.results[i]
		a.collector.Result(an, res.value)
		ar := &output.AnalyzerResult{Name: an.Name}
		if res.err != nil {
			ar.Err = res.err.Error()
		}
		for _, d := range res.diags {
			ar.Findings = append(ar.Findings, a.collector.Finding(a.fset, pa.pkg, an.Name, d))
		}
		out.Analyzers = append(out.Analyzers, ar)
	}
	return out
}

// run runs the analyzer of index i in pl, once, its prerequisites first.
func (r *runner) run(pl *plan, i int) (res *result) {
	res = &r.results[i]
	if res.done {
		return res
	}
	res.done = true
	an := pl.all[i]
	if an == ignored.Analyzer {
		// The audit parsed the excluded files with the others.
		res.value = ignored.Parsed(r.p.Path, r.module, r.p.Ignored, r.p.IgnoredSyntax)
		r.resultOf[an] = res.value
		return res
	}
	for _, req := range an.Requires {
		if rr := r.run(pl, pl.index[req]); rr.err != nil {
			res.err = fmt.Errorf("prerequisite %s failed: %v", req.Name, rr.err)
			return res
		}
	}
	pass := &r.passes[i]
	*pass = analysis.Pass{
		Analyzer:     an,
		Fset:         r.a.fset,
		Files:        r.p.Files,
		OtherFiles:   r.p.Other,
		IgnoredFiles: r.p.Ignored,
		Pkg:          r.tpkg,
		// TypesInfo nil: the analyzers resolve uses through each file's imports.
		Module:   r.module,
		ResultOf: r.resultOf,
		Report:   res.report,
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
		if res.err == nil {
			r.resultOf[an] = res.value
		}
	}()
	v, err := an.Run(pass)
	if err == nil && an.ResultType != nil && v != nil && reflect.TypeOf(v) != an.ResultType {
		err = fmt.Errorf("internal error: result of type %T, want %v", v, an.ResultType)
	}
	res.value, res.err = v, err
	return res
}

func (res *result) report(d analysis.Diagnostic) { res.diags = append(res.diags, d) }

// readFileOf serves the pass's own files only, as the analysis API asks.
func (r *runner) readFileOf(name string) ([]byte, error) {
	if src, ok := r.a.source(name); ok {
		return src, nil
	}
	if slices.Contains(r.p.Other, name) || slices.Contains(r.p.Ignored, name) {
		return readlimit.ReadFile(r.a.absName(name))
	}
	return nil, fmt.Errorf("%s is not a file of package %s", name, r.p.ID)
}
