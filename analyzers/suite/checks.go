package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/directive"
	"github.com/biometriclint/biometriclint/analyzers/discover"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/indirect"
	"github.com/biometriclint/biometriclint/analyzers/modelfile"
	"github.com/biometriclint/biometriclint/analyzers/modrequire"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// Needs says what an analyzer needs of a package to make its findings.
type Needs string

const (
	// Syntax: the parsed files and files read from disk; its findings do
	// not depend on type information, so it runs on packages that do not
	// compile, in golangci-lint's syntax load mode and in the audit.
	Syntax Needs = "syntax"
	// Types: type information, with a syntax fallback where it is missing.
	Types Needs = "types"
	// Facts: facts exported by the analysis of dependencies (those where
	// facts can arise, loaded from source); it does not run in the
	// syntax-only audit.
	Facts Needs = "facts"
)

// Check documents one analyzer, staticcheck-style: the registry of
// biometriclint's checks. Analyzer.Doc holds the title (its first line) and
// the text.
type Check struct {
	Analyzer *analysis.Analyzer
	Needs    Needs
	Since    string // the first version with the check
	// Docs is the user documentation page, relative to docs/.
	Docs string
}

// Checks returns every check, in the order of Analyzers.
func Checks() []Check {
	return []Check{
		{sdkimport.Analyzer, Syntax, "v0.1.0", "analyzers.md#sdkimport"},
		{sdksymbol.Analyzer, Types, "v0.1.0", "precision.md"},
		{indirect.Analyzer, Facts, "v0.1.0", "indirect.md"},
		{endpoint.Analyzer, Types, "v0.1.0", "evidence.md"},
		{modelfile.Analyzer, Types, "v0.1.0", "evidence.md"},
		{cgolib.Analyzer, Syntax, "v0.1.0", "evidence.md"},
		{modrequire.Analyzer, Syntax, "v0.1.0", "evidence.md"},
		{discover.Analyzer, Syntax, "v0.2.0", "evaluation.md"},
		{directive.Analyzer, Syntax, "v0.1.0", "configuration.md"},
	}
}

// Analyzers returns every analyzer, in a stable order.
func Analyzers() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, c := range Checks() {
		out = append(out, c.Analyzer)
	}
	return out
}
