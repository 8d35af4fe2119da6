package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

// syntaxOnly names the analyzers whose findings do not depend on type
// information: golangci-lint can then skip type-checking (seconds instead
// of minutes on a cold cache) and still report packages that do not
// compile. Any analyzer not listed here needs "typesinfo". A test checks
// that every analyzer of the suite is decided.
var syntaxOnly = map[string]bool{
	"sdkimport":  true,  // import paths and the catalog only
	"sdksymbol":  false, // resolves uses through go/types; syntax is only its fallback
	"indirect":   false, // object facts across packages
	"endpoint":   false, // folds string constants with go/types; syntax is only its fallback
	"modelfile":  false, // the same constant folding as endpoint
	"cgolib":     true,  // cgo preambles and C files, read from disk
	"modrequire": true,  // go.mod and vendor/modules.txt, read from disk
	"directive":  true,  // //biometriclint:allow comments
}

// loadMode returns register.LoadModeSyntax when every analyzer is
// syntax-only, register.LoadModeTypesInfo otherwise.
func loadMode(analyzers []*analysis.Analyzer) string {
	for _, a := range analyzers {
		if !syntaxOnly[a.Name] {
			return register.LoadModeTypesInfo
		}
	}
	return register.LoadModeSyntax
}
