package output

import (
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Packages converts the root actions of a checker graph into report
// packages, one per loaded package, with each analyzer's findings or
// error, and collects the parse errors of the files the build excludes.
func (c *Collector) Packages(graph *checker.Graph) []*Package {
	var out []*Package
	byPkg := map[*packages.Package]*Package{}
	for _, act := range graph.Roots {
		if strings.HasSuffix(act.Package.ID, ".test") {
			// The go command's generated test main, in its build cache:
			// not a file of the analysed tree.
			continue
		}
		op := byPkg[act.Package]
		if op == nil {
			op = &Package{ID: act.Package.ID}
			byPkg[act.Package] = op
			out = append(out, op)
		}
		ar := &AnalyzerResult{Name: act.Analyzer.Name}
		c.Result(act.Analyzer, act.Result)
		if act.Err != nil {
			ar.Err = act.Err.Error()
		}
		for _, d := range act.Diagnostics {
			ar.Findings = append(ar.Findings, c.Finding(act.Package.Fset, act.Package.Types, act.Analyzer.Name, d))
		}
		op.Analyzers = append(op.Analyzers, ar)
		// The parse errors of files the build excludes, which the
		// analyzers read from their syntax: sdkimport's result holds them.
		if r, ok := act.Result.(interface{ ExcludedFileErrors() []error }); ok {
			for _, err := range r.ExcludedFileErrors() {
				c.excluded = append(c.excluded, &Problem{Package: act.Package.ID, Reason: err.Error()})
			}
		}
	}
	return out
}

// ExcludedFileProblems returns the problems of excluded files seen by
// Packages.
func (c *Collector) ExcludedFileProblems() []*Problem { return c.excluded }
