package main

import (
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/directive"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// applied is the policy of a run: the settings installed before analysis,
// and the ledger that records every decision.
type applied struct {
	policy *policy.Policy
	config *config.Config // the analyzers are bound to it
	ledger *policy.Ledger
	failOn policy.FailOn

	directives []policy.Directive // every directive of the analysed files
	problems   []policy.Problem   // directives that suppress nothing
	unresolved []*output.Loader   // model loaders whose model is unknown
}

// catalog returns the run's catalog: the embedded one and the settings'
// extra entries.
func (a *applied) catalog() *catalog.Catalog { return a.config.CatalogOrDefault() }

// onResult gathers the directives the directive analyzer found, for the
// ones that suppress nothing (only the whole run can tell), and the model
// loaders sdksymbol could not resolve, for the report's inventory.
func (a *applied) onResult(_ *analysis.Analyzer, result any) {
	switch r := result.(type) {
	case *directive.Result:
		a.directives = append(a.directives, r.Directives...)
	case *sdksymbol.Result:
		for _, u := range r.Unresolved {
			pos := u.Finding.Pos
			a.unresolved = append(a.unresolved, &output.Loader{
				Pos:     output.Position{File: pos.Filename, Line: pos.Line, Col: pos.Column},
				Subject: u.Finding.Subject,
				Why:     u.Finding.Decided,
			})
		}
	}
}

// installPolicy compiles the policy and binds the analyzers to it:
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
	cfg, ledger := p.Config()
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
	return &applied{policy: p, config: cfg, ledger: ledger, failOn: failOn}, config.Bind(cfg, on), nil
}

// record adds the suppressed findings of the run to r, with their
// justification: the reports keep them, the counts and the exit code do not.
func (a *applied) record(r *output.Report, col *output.Collector) {
	r.Unresolved = append(r.Unresolved, a.unresolved...)
	for _, d := range a.ledger.Decisions() {
		if !d.Suppressed || d.Severity == policy.Off {
			continue
		}
		r.Suppressed = append(r.Suppressed, col.FindingAt(d.Analyzer, d.Diagnostic, d.Position, d.End, d.Finding))
	}
	a.problems = a.policy.Unused(a.directives, a.ledger.Decisions())
	for _, p := range a.problems {
		d := analysis.Diagnostic{Category: directive.Category, Message: p.Message}
		r.Directives = append(r.Directives, col.FindingAt(directive.Analyzer.Name, d, p.Pos, p.Pos, nil))
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
