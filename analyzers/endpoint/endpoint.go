package endpoint

import (
	_ "embed"
	"fmt"
	"go/ast"
	"maps"
	"slices"
	"strconv"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

//go:embed doc.go
var doc string

// Analyzer reports face and emotion web API endpoints in string expressions.
var Analyzer = &analysis.Analyzer{
	Name:             "endpoint",
	Doc:              analysisutil.MustExtractDoc(doc, "endpoint"),
	URL:              analysisutil.DocURL("endpoint"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer, strconst.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	m := MatcherOf(pass)
	var files []*strconst.File
	var strs [][]strconst.String // by file
	strconst.EachFile(pass, func(f *strconst.File) {
		files = append(files, f)
		if m.NamesUnseparated() {
			strs = append(strs, f.Folder.Strings(f.Syntax, f.Syntax))
		} else {
			strs = append(strs, f.Named)
		}
	})
	// The package's dedicated hosts are needed only for a path joined to
	// an unknown base URL, which most packages do not have: they are
	// found when the first such path is.
	hosts := sync.OnceValue(func() []string {
		all := map[string]bool{}
		for i := range files {
			maps.Copy(all, DedicatedHosts(m, strs[i]))
		}
		return slices.Sorted(maps.Keys(all))
	})
	for i, f := range files {
		CheckStrings(m, f.Folder, f.Syntax, strs[i], hosts, func(n ast.Node, match Match, text string) {
			report(pass, n, match, text, f.Note)
		})
	}
	return nil, nil
}

// MatcherOf returns the matcher of the catalog of pass's run, built once
// per run.
func MatcherOf(pass *analysis.Pass) *Matcher {
	return config.Shared(pass, "endpoint.Matcher", NewMatcher)
}

// DedicatedHosts returns the dedicated hosts (catalogued hosts that serve
// only biometric products) that strs name.
func DedicatedHosts(m *Matcher, strs []strconst.String) map[string]bool {
	hosts := map[string]bool{}
	for _, s := range strs {
		if h := m.DedicatedHost(s.Text); h != "" {
			hosts[h] = true
		}
	}
	return hosts
}

// Check calls found for each outermost string expression of f that names
// a catalogued endpoint. The request parameters that decide an
// endpoint's category are those set in the same top-level declaration
// (function), or anywhere in the file for an endpoint declared at
// package level; they are collected only for strings that name an
// endpoint. Identifiers are not reported: the declaration of a
// constant is, where its value is written.
func Check(m *Matcher, fo *strconst.Folder, f *ast.File, found func(n ast.Node, match Match, text string)) {
	strs := fo.Strings(f, f)
	hosts := sync.OnceValue(func() []string { return slices.Sorted(maps.Keys(DedicatedHosts(m, strs))) })
	CheckStrings(m, fo, f, strs, hosts, found)
}

// CheckStrings is Check on the folded strings of f, as fo.Strings(f, f)
// returns them, given the dedicated hosts its package names (sorted, asked
// for only when needed): a path joined to an unknown base URL is matched
// against their endpoints.
func CheckStrings(m *Matcher, fo *strconst.Folder, f *ast.File, strs []strconst.String, hosts func() []string, found func(n ast.Node, match Match, text string)) {
	for _, decl := range f.Decls {
		var scope ast.Node = f
		if _, ok := decl.(*ast.FuncDecl); ok {
			scope = decl
		}
		var params []Param
		collected := false
		// strs is in source order: the declaration's are a run of it,
		// told by where they end (strconst.EachOutermost says why).
		pos, end := decl.Pos(), decl.End()
		for len(strs) > 0 && strs[0].Expr.End() <= pos {
			strs = strs[1:]
		}
		n := 0
		for n < len(strs) && strs[n].Expr.End() <= end {
			n++
		}
		in := strs[:n]
		strs = strs[n:]
		strconst.EachOutermost(in, func(e ast.Expr, text string) bool {
			joinedTo := ""
			if !m.Names(text) {
				u, h, ok := m.Joined(text, hosts)
				if !ok {
					return false
				}
				text, joinedTo = u, h
			}
			if !collected {
				params, collected = CollectParams(fo, f, scope), true
			}
			match, ok := m.MatchEndpoint(text, params)
			if ok {
				match.JoinedTo = joinedTo
				found(e, match, text)
			}
			return ok
		})
	}
}

func report(pass *analysis.Pass, n ast.Node, m Match, text, note string) {
	fd := finding.ForEvidence(finding.Endpoint, m.Endpoint.Entry, m.Category, strconv.Quote(strconst.Show(text)), m.What)
	if m.Param != nil {
		via := fmt.Sprintf("with %s=%s", m.Via.Name, m.Via.Value)
		fd.Note = via
		if m.Via.Node != nil && (m.Via.Node.Pos() < n.Pos() || m.Via.Node.End() > n.End()) {
			fd.Support(m.Via.Node, finding.Evidence{Kind: finding.Constant, Category: m.Category, Subject: "request parameter " + via, What: "decides the category"})
		}
	}
	if m.JoinedTo != "" {
		if fd.Note != "" {
			fd.Note += "; "
		}
		fd.Note += "a path joined to the base URL of " + m.JoinedTo + ", which this package names"
	}
	if note != "" {
		if fd.Note != "" {
			fd.Note += "; "
		}
		fd.Note += note
	}
	emit.Finding(pass, n, fd)
}
