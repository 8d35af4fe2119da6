package analysisutil

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// DocURL is the documentation address of the named analyzer.
func DocURL(name string) string {
	return "https://github.com/biometriclint/biometriclint/blob/main/docs/analyzers.md#" + name
}

// InEntryModule reports whether the package under analysis belongs to one of
// e's own modules: an SDK's use of its own API is not a finding.
// An external test package ("path_test") belongs to its package's module.
func InEntryModule(pass *analysis.Pass, e *catalog.Entry) bool {
	return pass.Pkg != nil && PathInEntryModule(pass.Pkg.Path(), e)
}

// PathInEntryModule is InEntryModule for the package with import path
// pkgPath, for drivers that decide before type checking.
func PathInEntryModule(pkgPath string, e *catalog.Entry) bool {
	return e.Module(strings.TrimSuffix(pkgPath, "_test")) != nil
}
