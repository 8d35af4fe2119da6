// Package suite lists biometriclint's analyzers, for the command, the
// go vet tool, the golangci-lint plugin and the tests that cover them all.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/directive"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/indirect"
	"github.com/biometriclint/biometriclint/analyzers/modelfile"
	"github.com/biometriclint/biometriclint/analyzers/modrequire"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// Analyzers returns every analyzer, in a stable order.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		sdkimport.Analyzer,
		sdksymbol.Analyzer,
		indirect.Analyzer,
		endpoint.Analyzer,
		modelfile.Analyzer,
		cgolib.Analyzer,
		modrequire.Analyzer,
		directive.Analyzer,
	}
}
