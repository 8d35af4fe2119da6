package main

import (
	"flag"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

const binaryUsage = `biometriclint binary audits what was delivered: Go executables (ELF,
Mach-O, PE, any GOOS/GOARCH), directories of them, and container images
(docker save tarballs, plain or gzip-compressed, OCI image layouts and
OCI archives, read layer by layer with whiteouts applied). Nothing it reads is run.

For each Go executable it reports the catalogued functions and methods
linked in (from the function table, which -s -w keeps), the modules that
exist only for biometrics (from the build info), and the face and emotion
endpoints and model file names of its data, embedded model files
included. Arguments are not visible in a binary: a finding has its
symbol's category, with a note when a request could make it more
restricted. What could not be read is listed, and exits 1.

Usage:
  biometriclint binary [flags] path...

Flags:
`

// binaryMain is biometriclint binary.
func binaryMain(args []string) int {
	fs := flag.NewFlagSet("biometriclint binary", flag.ContinueOnError)
	var c common
	c.register(fs)
	fs.Usage = func() {} // parseArgs prints the usage
	paths, err := parseArgs(fs, args)
	if err != nil {
		return usageOf(fs, binaryUsage, err)
	}
	if c.version {
		return printVersion()
	}
	if len(paths) == 0 {
		return usageError(fs, "no executable, directory or image to read")
	}
	if code, ok := c.validate(fs); !ok {
		return code
	}
	c.recordOptions(fs)
	// As in audit, only -config applies: what is audited brings no policy.
	pol, on, err := c.installPolicy(".", false)
	if err != nil {
		return fatalf("%v", err)
	}
	cat := pol.catalog()
	r, subjects := binary.Report(cat, binary.Scan(cat, paths))
	// Each finding is under the analyzer whose rule it mirrors: the
	// analyzers switched off (flags, policy) report nothing here either.
	for _, p := range r.Packages {
		p.Analyzers = slices.DeleteFunc(p.Analyzers, func(ar *output.AnalyzerResult) bool {
			return !slices.ContainsFunc(on, func(a *analysis.Analyzer) bool { return a.Name == ar.Name })
		})
	}
	decisions := pol.decideBinary(r, subjects, time.Now())
	if err := c.provenance(r, paths, ""); err != nil {
		return fatalf("%v", err)
	}
	if err := c.write(r); err != nil {
		return fatalf("%v", err)
	}
	return exitCode(policy.ExitCode(decisions, nil, pol.failOn), c.formatName(), r)
}

// decideBinary applies the policy to the findings of a binary report, as
// the Ledger does to the analyzers' (no directives: a binary has no
// comments): off findings leave the report, suppressed ones move to
// r.Suppressed with their justification, expired allow rules add a note.
func (a *applied) decideBinary(r *output.Report, subjects map[*output.Finding]policy.Subject, now time.Time) []policy.Decision {
	var decisions []policy.Decision
	for _, p := range r.Packages {
		for _, ar := range p.Analyzers {
			kept := ar.Findings[:0]
			for _, f := range ar.Findings {
				d := a.policy.Decide(subjects[f], nil, now)
				if len(d.Notes) > 0 {
					f.Message += " (" + strings.Join(d.Notes, "; ") + ")"
				}
				d.Analyzer = f.Analyzer
				decisions = append(decisions, d)
				f.Severity = string(d.Severity)
				switch {
				case d.Severity == policy.Off:
				case d.Suppressed:
					f.Suppressed = &output.Suppression{Kind: d.SuppressionKind(), Justification: d.Justification}
					if d.Source != "" {
						f.Suppressed.Justification += " (" + d.Source + ")"
					}
					r.Suppressed = append(r.Suppressed, f)
				default:
					kept = append(kept, f)
				}
			}
			ar.Findings = kept
		}
	}
	return decisions
}
