package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// syntaxOnly names the analyzers whose findings do not depend on type
// information (suite.Checks says so): golangci-lint can then skip
// type-checking (seconds instead of minutes on a cold cache) and still
// report packages that do not compile.
var syntaxOnly = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range suite.Checks() {
		m[c.Analyzer.Name] = c.Needs == suite.Syntax
	}
	return m
}()

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
