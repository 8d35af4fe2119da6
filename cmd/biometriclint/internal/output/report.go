package output

import (
	"cmp"
	"slices"
	"strings"
)

// Report is everything one run found, in presentation-neutral form.
type Report struct {
	Tool    string // "biometriclint"
	Version string
	Command string // "run" or "audit"
	// Root is the directory relative file names are relative to; SARIF
	// declares it as the SRCROOT base. Empty when names are absolute.
	Root string

	Packages []*Package
	// Suppressed are the findings a policy allowed, with their
	// justification: not in any package's results (the analyzers did not
	// report them), kept by the reports that must show them.
	Suppressed []*Finding
	// Modules lists the catalogued biometric modules the module files
	// (go.mod, go.sum, vendor/modules.txt) name, used or not.
	Modules []*Module
	// Problems says what could not be analysed, or not fully, and why.
	Problems []*Problem
	// Skipped lists analyzers that did not run, and why.
	Skipped []*Skipped
	// Directives are the problems of //biometriclint:allow directives that
	// only the whole run can see: those that suppress nothing.
	Directives []*Finding
	// Artifacts are the executables a binary run read, with their
	// provenance.
	Artifacts []*Artifact
}

// Artifact is an executable a binary run read.
type Artifact struct {
	Name   string // as findings name it
	About  string // what it is and where it comes from, in one line
	Size   int64
	SHA256 string
}

// Package is one analysed package: the first level of the JSON tree.
type Package struct {
	ID        string // package ID (import path, or directory in an audit)
	Analyzers []*AnalyzerResult
}

// AnalyzerResult is one analyzer's outcome on one package.
type AnalyzerResult struct {
	Name     string
	Err      string // the analyzer failed
	Findings []*Finding
}

// Finding is one diagnostic, with what the reports around it need.
type Finding struct {
	Analyzer string
	Category string
	Message  string
	URL      string
	Pos, End Position
	Related  []Related
	// Snippet is the source line(s) of the finding, without the final newline.
	Snippet string
	// Vendored is set for findings in a vendor/ directory.
	Vendored bool
	// Suppressed is set when a suppression directive or the policy file
	// allows the finding: it is kept in the reports, not counted.
	Suppressed *Suppression
}

// Suppression records why a finding is allowed.
type Suppression struct {
	Kind          string // "inSource" (directive) or "external" (policy file)
	Justification string
}

// Related is a secondary position of a finding.
type Related struct {
	Pos, End Position
	Message  string
}

// Position is a place in a file. File is relative to Report.Root when the
// report has one.
type Position struct {
	File      string
	Line, Col int
}

// Module is a catalogued biometric module named by a module file.
type Module struct {
	Path, Version string
	Source        string // the file that names it: "app/go.mod"
	Entries       []string
	Vendor        string
	Category      string // categories of the entries' packages, comma-separated
	Used          bool   // some finding comes from one of its entries
}

// Problem is something that could not be analysed, or not fully.
type Problem struct {
	Package string // package ID or directory
	File    string // when one file is concerned
	Reason  string
}

// Reason words an error message as a problem's reason: its first
// informative line, without the go command's "# package" headers and the
// "-: " that stands for an error without a position. For a cgo package
// whose C library is missing, that is the pkg-config message.
func Reason(msg string) string {
	for line := range strings.Lines(msg) {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "-:"))
		if line != "" && !strings.HasPrefix(line, "#") {
			return line
		}
	}
	return strings.TrimSpace(msg)
}

// Skipped is an analyzer that did not run.
type Skipped struct {
	Analyzer, Reason string
}

// Sort puts every list of r in a stable order: packages by ID, analyzers by
// name, findings by position, modules by path and source.
func (r *Report) Sort() {
	slices.SortFunc(r.Packages, func(a, b *Package) int { return cmp.Compare(a.ID, b.ID) })
	for _, p := range r.Packages {
		slices.SortFunc(p.Analyzers, func(a, b *AnalyzerResult) int { return cmp.Compare(a.Name, b.Name) })
		for _, a := range p.Analyzers {
			slices.SortStableFunc(a.Findings, compareFindings)
		}
	}
	slices.SortFunc(r.Modules, func(a, b *Module) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Version, b.Version), cmp.Compare(a.Source, b.Source))
	})
	slices.SortFunc(r.Problems, func(a, b *Problem) int {
		return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.File, b.File), cmp.Compare(a.Reason, b.Reason))
	})
	r.Problems = slices.CompactFunc(r.Problems, func(a, b *Problem) bool { return *a == *b })
	slices.SortFunc(r.Skipped, func(a, b *Skipped) int { return cmp.Compare(a.Analyzer, b.Analyzer) })
	slices.SortFunc(r.Artifacts, func(a, b *Artifact) int { return cmp.Compare(a.Name, b.Name) })
}

func compareFindings(a, b *Finding) int {
	return cmp.Or(comparePos(a.Pos, b.Pos), cmp.Compare(a.Analyzer, b.Analyzer), cmp.Compare(a.Message, b.Message))
}

func comparePos(a, b Position) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
}

// Findings returns every finding of r, sorted by position, each once: a
// file of both a package and its test variant (p and p [p.test]) gives
// the same finding twice, which only the JSON tree repeats, per package.
func (r *Report) Findings() []*Finding {
	type key struct {
		pos, end          Position
		analyzer, message string
	}
	seen := map[key]bool{}
	var all []*Finding
	add := func(fs []*Finding) {
		for _, f := range fs {
			k := key{f.Pos, f.End, f.Analyzer, f.Message}
			if !seen[k] {
				seen[k] = true
				all = append(all, f)
			}
		}
	}
	for _, p := range r.Packages {
		for _, a := range p.Analyzers {
			add(a.Findings)
		}
	}
	add(r.Suppressed)
	add(r.Directives)
	slices.SortStableFunc(all, compareFindings)
	return all
}

// Incomplete reports whether something could not be analysed: a problem,
// or an analyzer that failed.
func (r *Report) Incomplete() bool {
	if len(r.Problems) > 0 {
		return true
	}
	for _, p := range r.Packages {
		for _, a := range p.Analyzers {
			if a.Err != "" {
				return true
			}
		}
	}
	return false
}

// Counted reports the number of findings that are not suppressed.
func (r *Report) Counted() int {
	n := 0
	for _, f := range r.Findings() {
		if f.Suppressed == nil {
			n++
		}
	}
	return n
}
