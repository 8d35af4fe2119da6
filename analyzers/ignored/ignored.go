// Package ignored provides an analyzer that parses the Go files a package's
// build configuration excludes (files for another GOOS, behind a custom
// build tag, or using cgo when cgo is off), so that biometriclint's
// analyzers can look at them too: a face SDK behind //go:build windows is
// still shipped. Every analyzer that wants them requires this one, and the
// files are parsed once.
package ignored

import (
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/internal/readlimit"
)

// File is an excluded Go file, parsed.
type File struct {
	Name   string
	Syntax *ast.File // nil when the file did not parse at all
	// Reason says why the build excludes it, for messages:
	// "//go:build windows", "GOOS/GOARCH file name", "cgo is disabled".
	Reason string
}

// Result is what Analyzer returns: the parsed files and the errors met
// while reading or parsing them (reported by the analyzers that use them).
type Result struct {
	Files  []*File
	Errors []error
}

// ExcludedFileErrors returns the errors of reading and parsing the
// excluded files: drivers report them as problems (they look the method
// up on any result, as they do for other analyzers' problems), for the
// findings of a file that parsed only in part may be incomplete.
func (res *Result) ExcludedFileErrors() []error { return res.Errors }

// Analyzer parses the package's ignored Go files.
var Analyzer = &analysis.Analyzer{
	Name:             "ignoredfiles",
	Doc:              "parses Go files excluded by the build configuration (internal to biometriclint)",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Result](),
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if pass.Pkg != nil && match.StdPackage(pass.Pkg.Path(), pass.Module) {
		return res, nil // the standard library's other-platform files import no SDK
	}
	for _, name := range pass.IgnoredFiles {
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		// Read through readlimit, not pass.ReadFile: the file is the
		// pass's (IgnoredFiles), and may be a 3 GB one.
		src, err := readlimit.ReadFile(name)
		if err != nil {
			res.Errors = append(res.Errors, err)
			continue
		}
		f, err := parser.ParseFile(pass.Fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			// Keep what parsed: a syntax error late in a file must not hide
			// the imports and calls before it.
			res.Errors = append(res.Errors, fmt.Errorf("syntax error in a file the build excludes, analysed up to it: %v", err))
		}
		res.add(name, f)
	}
	return res, nil
}

// Parsed returns what Analyzer returns for the package of import path
// pkgPath and module (as its passes have it) whose excluded files a
// driver has parsed already (the audit parses every file, excluded or
// not): names and their syntax. Syntax errors are the driver's to report.
func Parsed(pkgPath string, module *analysis.Module, names []string, syntax []*ast.File) *Result {
	res := &Result{}
	if match.StdPackage(pkgPath, module) {
		return res
	}
	for i, name := range names {
		if strings.HasSuffix(name, ".go") {
			res.add(name, syntax[i])
		}
	}
	return res
}

// add adds file name, unless nothing of it parsed.
func (res *Result) add(name string, f *ast.File) {
	if f == nil || f.Package == token.NoPos && len(f.Decls) == 0 {
		return
	}
	res.Files = append(res.Files, &File{Name: name, Syntax: f, Reason: reason(name, f)})
}

// reason explains why the build excludes f.
func reason(name string, f *ast.File) string {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if constraint.IsGoBuild(c.Text) {
				return strings.TrimSpace(c.Text)
			}
		}
	}
	if match.ImportsC(f) {
		return "cgo is disabled"
	}
	if strings.Contains(filepath.Base(name), "_") {
		return "GOOS/GOARCH file name suffix"
	}
	return "build constraints"
}
