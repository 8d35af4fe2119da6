package cgolib

import (
	_ "embed"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/internal/readlimit"
)

//go:embed doc.go
var doc string

// Analyzer reports face headers and libraries in cgo preambles and C files.
var Analyzer = &analysis.Analyzer{
	Name:             "cgolib",
	Doc:              analysisutil.MustExtractDoc(doc, "cgolib"),
	URL:              analysisutil.DocURL("cgolib"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer, ignored.Analyzer},
}

// cSources are the extensions of the C, C++ and Objective-C files a cgo
// package compiles.
var cSources = map[string]bool{".c": true, ".cc": true, ".cpp": true, ".cxx": true, ".h": true, ".hh": true, ".hpp": true, ".hxx": true, ".m": true, ".mm": true}

// found is a matched directive and where it is.
type found struct {
	d    Directive
	lib  *catalog.NativeLib
	pos  token.Pos
	note string
}

// MatcherOf returns the matcher of the catalog of pass's run, built once
// per run.
func MatcherOf(pass *analysis.Pass) *Matcher {
	return config.Shared(pass, "cgolib.Matcher", NewMatcher)
}

func run(pass *analysis.Pass) (any, error) {
	m := MatcherOf(pass)
	var all []found
	add := func(text string, start token.Pos, cgo bool, note string) {
		for _, d := range Directives(text, cgo) {
			if lib, ok := m.MatchNative(d); ok {
				all = append(all, found{d, lib, start + token.Pos(d.Offset), note})
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range pass.Files {
		// When cgo ran, Files are its output: the preamble is only in the
		// original file, which the output's line directives name.
		if text, pos, ok := Preamble(f); ok {
			seen[pass.Fset.Position(f.Package).Filename] = true
			add(text, pos, true, "")
		} else if orig, ok := analysisutil.CgoSource(pass.Fset, f); ok && !seen[orig] {
			seen[orig] = true
			if of := parseOriginal(pass.Fset, orig); of != nil {
				if text, pos, ok := Preamble(of); ok {
					add(text, pos, true, "")
				}
			}
		}
	}
	for _, f := range pass.ResultOf[ignored.Analyzer].(*ignored.Result).Files {
		if text, pos, ok := Preamble(f.Syntax); ok && !seen[f.Name] {
			add(text, pos, true, "in a file excluded by the build: "+f.Reason)
		}
	}
	for _, name := range cFiles(pass) {
		// From the package directory, not through pass.ReadFile: with cgo
		// off, the go command lists no C or C++ source (only headers).
		// The first 64 MiB: the directives come first, and a file can be
		// of any size.
		src, err := readlimit.Prefix(name)
		if err != nil {
			continue
		}
		tf := pass.Fset.AddFile(name, -1, len(src))
		tf.SetLinesForContent(src)
		add(string(src), tf.Pos(0), false, "")
	}
	report(pass, all)
	return nil, nil
}

// cFiles returns the C, C++ and Objective-C files of the package: those the
// pass lists, and those in the directories of its files that it does not
// (the go command omits sources when cgo is off), sorted.
func cFiles(pass *analysis.Pass) []string {
	// An external test package shares its directory, not its C files:
	// they are the package's (cgo is not allowed in tests).
	if pass.Pkg != nil && strings.HasSuffix(pass.Pkg.Name(), "_test") {
		return nil
	}
	files := map[string]bool{}
	dirs := map[string]bool{}
	for _, name := range append(pass.OtherFiles, pass.IgnoredFiles...) {
		dirs[filepath.Dir(name)] = true
		if cSources[strings.ToLower(filepath.Ext(name))] {
			files[name] = true
		}
	}
	for _, f := range pass.Files {
		if name := pass.Fset.Position(f.Package).Filename; strings.HasSuffix(name, ".go") {
			dirs[filepath.Dir(name)] = true
		}
	}
	listed := config.Of(pass).Listed
	for dir := range dirs {
		var names []string
		ok := false
		if listed != nil {
			names, ok = listed(dir)
		}
		if !ok {
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Type().IsRegular() {
					names = append(names, e.Name())
				}
			}
		}
		for _, name := range names {
			if cSources[strings.ToLower(filepath.Ext(name))] {
				files[filepath.Join(dir, name)] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(files))
}

// parseOriginal parses the cgo file that cgo output was generated from.
// Pass.ReadFile does not serve it (it is not among the pass's files), so
// it is read from disk, where the go command read it.
func parseOriginal(fset *token.FileSet, name string) *ast.File {
	src, err := readlimit.ReadFile(name)
	if err != nil {
		return nil
	}
	f, _ := parser.ParseFile(fset, name, src, parser.ParseComments|parser.ImportsOnly)
	return f
}

// report reports the matches; pkg-config packages only when the package
// also includes a catalogued header.
func report(pass *analysis.Pass, all []found) {
	hasHeader := false
	for _, f := range all {
		hasHeader = hasHeader || f.d.Kind == Header
	}
	for _, f := range all {
		if f.d.Kind == PkgConfig && !hasHeader {
			continue
		}
		subject := map[Kind]string{
			Header:    "#include <" + f.d.Name + ">",
			Lib:       "#cgo LDFLAGS: -l" + f.d.Name,
			PkgConfig: "#cgo pkg-config: " + f.d.Name,
		}[f.d.Kind]
		fd := finding.ForEvidence(finding.Native, f.lib.Entry, f.lib.Category, subject, f.lib.What)
		fd.Note = f.note
		emit.Finding(pass, analysis.Range(rangeOf{f.pos, f.pos + token.Pos(len(f.d.Text))}), fd)
	}
}

type rangeOf struct{ pos, end token.Pos }

func (r rangeOf) Pos() token.Pos { return r.pos }
func (r rangeOf) End() token.Pos { return r.end }
