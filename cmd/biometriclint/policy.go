package main

import (
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/directive"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// applied is the policy of a run: the settings installed before analysis,
// and the ledger that records every decision.
type applied struct {
	policy *policy.Policy
	ledger *policy.Ledger
	failOn policy.FailOn

	directives []policy.Directive // every directive of the analysed files
	problems   []policy.Problem   // directives that suppress nothing
}

// onResult gathers the directives the directive analyzer found, for the
// ones that suppress nothing: only the whole run can tell.
func (a *applied) onResult(an *analysis.Analyzer, result any) {
	if r, ok := result.(*directive.Result); ok && an == directive.Analyzer {
		a.directives = append(a.directives, r.Directives...)
	}
}

// installPolicy compiles and installs the policy, before any analysis:
// the -config file, else (when discover is set) the .biometriclint.yml
// found from startDir upwards, else the default settings, under which
// //biometriclint:allow directives still suppress, with their reason. It
// returns the analyzers to run: the enabled ones the settings leave on.
func (c *common) installPolicy(startDir string, discover bool) (*applied, []*analysis.Analyzer, error) {
	path := c.config
	if path == "" && discover {
		var err error
		if path, err = policy.Find(startDir); err != nil {
			return nil, nil, err
		}
	}
	settings := &policy.Settings{}
	if path != "" {
		var err error
		if settings, err = policy.Load(path); err != nil {
			return nil, nil, err
		}
	}
	p, err := settings.Compile(policy.Options{})
	if err != nil {
		return nil, nil, err
	}
	on, err := p.Select(suite.Analyzers())
	if err != nil {
		return nil, nil, err
	}
	enabled := c.analyzers()
	on = slices.DeleteFunc(on, func(a *analysis.Analyzer) bool { return !slices.Contains(enabled, a) })
	failOn := p.FailOn()
	if c.failOn != "" {
		if failOn, err = policy.ParseFailOn(c.failOn); err != nil {
			return nil, nil, fmt.Errorf("-fail-on: %v", err)
		}
	}
	return &applied{policy: p, ledger: p.Install(), failOn: failOn}, on, nil
}

// record adds the suppressed findings of the run to r, with their
// justification: the reports keep them, the counts and the exit code do not.
func (a *applied) record(r *output.Report, col *output.Collector) {
	for _, d := range a.ledger.Decisions() {
		if !d.Suppressed || d.Severity == policy.Off {
			continue
		}
		f := col.FindingAt(d.Analyzer, d.Diagnostic, d.Position, d.End)
		f.Suppressed = &output.Suppression{Kind: d.SuppressionKind(), Justification: d.Justification}
		if d.Source != "" {
			f.Suppressed.Justification += " (" + d.Source + ")"
		}
		r.Suppressed = append(r.Suppressed, f)
	}
	a.problems = a.policy.Unused(a.directives, a.ledger.Decisions())
	for _, p := range a.problems {
		d := analysis.Diagnostic{Category: directive.Category, Message: p.Message}
		r.Directives = append(r.Directives, col.FindingAt(directive.Analyzer.Name, d, p.Pos, p.Pos))
	}
}

// exitCode is the policy's verdict (3 when a shown finding fails the run),
// else 1 when something could not be analysed, else 0. The machine formats
// (json, sarif) exit 0 with findings, as multichecker -json and govulncheck
// do, so that CI uploads them.
func (a *applied) exitCode(format string, r *output.Report) int {
	return exitCode(policy.ExitCode(a.ledger.Decisions(), a.problems, a.failOn), format, r)
}

// exitCode is the exit code of a run whose policy verdict is code.
func exitCode(code int, format string, r *output.Report) int {
	if format == "json" || format == "sarif" {
		code = 0
	}
	if code == 0 && r.Incomplete() {
		code = 1
	}
	return code
}
