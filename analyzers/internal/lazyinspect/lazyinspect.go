// Package lazyinspect provides the package's inspector (one shared
// traversal of its files, as passes/inspect) built on first use. The
// analyzers that need it return early in packages that cannot reach a
// catalogued package (match.Reaches), which are almost all of them, and
// those should not pay for a traversal, nor keep its events in memory
// until the end of the run, as the eager inspect pass does.
package lazyinspect

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Result returns the inspector of the package's files, building it on the
// first call; every analyzer of the package shares it.
type Result func() *inspector.Inspector

// Analyzer provides the lazily built inspector.
var Analyzer = &analysis.Analyzer{
	Name:             "lazyinspect",
	Doc:              "builds the package's AST inspector on first use (internal to biometriclint)",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[Result](),
}

func run(pass *analysis.Pass) (any, error) {
	return Result(sync.OnceValue(func() *inspector.Inspector { return inspector.New(pass.Files) })), nil
}

// Of returns the inspector of pass, whose analyzer requires Analyzer.
func Of(pass *analysis.Pass) *inspector.Inspector {
	return pass.ResultOf[Analyzer].(Result)()
}
