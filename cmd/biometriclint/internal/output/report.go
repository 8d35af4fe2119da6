package output

import (
	"cmp"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
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
	// Modules lists the modules with catalogued packages that the module
	// files (go.mod, go.sum, vendor/modules.txt) name, each once; the
	// reports show those that are Listed.
	Modules []*Module
	// Problems says what could not be analysed, or not fully, and why.
	Problems []*Problem
	// Unresolved lists the generic model loaders (cascades, DNN readers,
	// ONNX sessions) whose model could not be determined and that nothing
	// nearby shows to be biometric: not findings, but not silence either.
	Unresolved []*Loader
	// Skipped lists analyzers that did not run, and why.
	Skipped []*Skipped
	// Directives are the problems of //biometriclint:allow directives that
	// only the whole run can see: those that suppress nothing.
	Directives []*Finding
	// Provenance says what was scanned, when, and with which tool,
	// catalog and options.
	Provenance *Provenance
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

// Finding is one diagnostic, with what the reports around it need: the
// structured record of the analyzer (analyzers/finding), with positions
// relative to the report's root.
type Finding struct {
	Analyzer string
	Category string
	Message  string
	URL      string
	Pos, End Position
	// Related is the diagnostic's related information: the chain of an
	// indirect finding, then its supporting evidence.
	Related []Related

	// From the record; empty for a directive problem.
	Entry     *catalog.Entry
	Kind      string
	Certainty string
	Decided   string
	Legal     string
	// Severity is the one the policy decided: error or warning.
	Severity   string
	Generated  bool
	Chain      []Related // the indirect chain: Message is "From verb To"
	Supporting []Related // the supporting evidence: Message is its line
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

// Module is a module that the module files (go.mod, go.sum,
// vendor/modules.txt) name and whose catalogued packages make it matter:
// one that exists for biometrics (Dedicated), listed whether the code uses
// it or not, or a multi-purpose one (a cloud SDK, OpenCV), listed only when
// the analysed code uses its biometric packages (see Listed). Each module is
// one Module, with every place that names it.
type Module struct {
	Path string
	// Version is the version a go.mod (else vendor/modules.txt) requires,
	// else the highest that go.sum lists.
	Version   string
	Places    []ModulePlace
	Dedicated bool
	// Entries are the catalog entries of a dedicated module's packages, or
	// of the findings that use a multi-purpose module's packages; Vendor
	// their titles.
	Entries []string
	Vendor  string
	// Category lists the categories of a dedicated module's packages, or
	// those of the findings that use a multi-purpose module's packages:
	// never the categories of packages the code does not use.
	Category string
	Used     bool // a finding in the analysed code comes from its packages
}

// Loader is a generic model loader whose model is unknown.
type Loader struct {
	Pos     Position
	Subject string // gocv.CascadeClassifier.Load
	Why     string // why the model could not be determined
}

// ModulePlace is a file that names a module.
type ModulePlace struct {
	File    string // "app/go.mod"
	Version string
	// How the file names it: "direct" or "indirect" (go.mod), "vendored,
	// direct" or "vendored, indirect" (vendor/modules.txt), "checksum"
	// (go.sum).
	How string
}

// Listed reports whether the reports list m: a module that exists for
// biometrics always, a multi-purpose one only when the code uses its
// biometric packages.
func (m *Module) Listed() bool { return m.Dedicated || m.Used }

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
// name, findings by position, modules by path.
func (r *Report) Sort() {
	slices.SortFunc(r.Packages, func(a, b *Package) int { return cmp.Compare(a.ID, b.ID) })
	for _, p := range r.Packages {
		slices.SortFunc(p.Analyzers, func(a, b *AnalyzerResult) int { return cmp.Compare(a.Name, b.Name) })
		for _, a := range p.Analyzers {
			slices.SortStableFunc(a.Findings, compareFindings)
		}
	}
	slices.SortFunc(r.Modules, func(a, b *Module) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortFunc(r.Problems, func(a, b *Problem) int {
		return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.File, b.File), cmp.Compare(a.Reason, b.Reason))
	})
	r.Problems = slices.CompactFunc(r.Problems, func(a, b *Problem) bool { return *a == *b })
	slices.SortFunc(r.Skipped, func(a, b *Skipped) int { return cmp.Compare(a.Analyzer, b.Analyzer) })
	slices.SortFunc(r.Unresolved, func(a, b *Loader) int {
		// Why too: a loader in a file of a package and of its test
		// variant comes twice, and the two may say why differently.
		return cmp.Or(comparePos(a.Pos, b.Pos), cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Why, b.Why))
	})
	r.Unresolved = slices.CompactFunc(r.Unresolved, func(a, b *Loader) bool { return *a == *b })
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
	seen := map[findingKey]bool{}
	var all []*Finding
	add := func(fs []*Finding) {
		for _, f := range fs {
			k := keyOf(f)
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

// findingKey identifies a finding across package variants.
type findingKey struct {
	pos, end          Position
	analyzer, message string
}

func keyOf(f *Finding) findingKey { return findingKey{f.Pos, f.End, f.Analyzer, f.Message} }

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
