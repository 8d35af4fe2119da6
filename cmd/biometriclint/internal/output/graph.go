package output

import (
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Packages converts the root actions of a checker graph into report
// packages, one per loaded package, with each analyzer's findings or
// error. rename, when set, renames the files of positions.
func (c *Collector) Packages(graph *checker.Graph, rename func(string) string) []*Package {
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
			f := c.Finding(act.Package.Fset, act.Analyzer.Name, d)
			if rename != nil {
				f.Pos.File, f.End.File = rename(f.Pos.File), rename(f.End.File)
				for _, rs := range [][]Related{f.Related, f.Chain, f.Supporting} {
					for i := range rs {
						rs[i].Pos.File, rs[i].End.File = rename(rs[i].Pos.File), rename(rs[i].End.File)
					}
				}
			}
			ar.Findings = append(ar.Findings, f)
		}
		op.Analyzers = append(op.Analyzers, ar)
	}
	// The parse errors of files the build excludes, which the analyzers
	// read from their syntax: sdkimport's result holds them.
	for _, act := range graph.Roots {
		if r, ok := act.Result.(interface{ ExcludedFileErrors() []error }); ok && !strings.HasSuffix(act.Package.ID, ".test") {
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
