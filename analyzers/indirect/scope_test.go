package indirect_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/indirect"
)

// TestScope checks where facts can arise on an import graph written as
// "importer: imports...": beside the SDK's own module, in the packages
// that import a catalogued package of another module and in their
// importers, and nowhere else.
func TestScope(t *testing.T) {
	const rek = "github.com/aws/aws-sdk-go-v2/service/rekognition"
	graph := map[string][]string{
		"example.com/app":                  {"example.com/photosvc", "example.com/util", "example.com/app/internal/cfg"},
		"example.com/app_test":             {"example.com/app"},
		"example.com/app/internal/cfg":     {"example.com/util"},
		"example.com/photosvc":             {rek, "example.com/util"},
		"example.com/util":                 {"strings"},
		"strings":                          nil,
		rek:                                {"github.com/aws/aws-sdk-go-v2/aws", rek + "/types"},
		rek + "/types":                     nil,
		"github.com/aws/aws-sdk-go-v2/aws": {"strings"},
		rek + "/internal/endpoints":        {rek},                              // the SDK's own use of itself
		rek + "/ext":                       {rek, "github.com/Kagami/go-face"}, // and of another vendor's
		"github.com/Kagami/go-face":        nil,
		"example.com/tool":                 {"example.com/tool/lib"},
		"example.com/tool/lib":             {"github.com/aws/aws-sdk-go-v2/aws"}, // an SDK package that is not catalogued
		"example.com/vendored":             {"example.com/app/vendor/" + rek},
		"example.com/app/vendor/" + rek:    nil,
	}
	roots := slices.Sorted(maps.Keys(graph))
	got := indirect.Scope(catalog.Default(), roots,
		func(p string) string { return p },
		func(p string) []string { return graph[p] })
	var lines []string
	for _, p := range roots {
		lines = append(lines, p+": "+word(got[p]))
	}
	want := []string{
		"example.com/app: facts",
		"example.com/app/internal/cfg: none",
		"example.com/app/vendor/" + rek + ": facts",
		"example.com/app_test: facts",
		"example.com/photosvc: facts",
		"example.com/tool: none",
		"example.com/tool/lib: none",
		"example.com/util: none",
		"example.com/vendored: facts",
		"github.com/Kagami/go-face: none",
		"github.com/aws/aws-sdk-go-v2/aws: none",
		rek + ": none",
		rek + "/ext: facts",
		rek + "/internal/endpoints: none",
		rek + "/types: none",
		"strings: none",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("Scope:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func word(facts bool) string {
	if facts {
		return "facts"
	}
	return "none"
}

// TestScopeHoldsFacts runs the analyzer on its test data and checks that
// every object with a fact belongs to a package where Scope says facts
// can arise: a driver that loads only those from source loses nothing. On
// this data Scope is also tight: facts arise in every package it names.
func TestScopeHoldsFacts(t *testing.T) {
	roots := []string{"app", "ifaceonly", "identity", "photosvc", "faceapi", "github.com/aws/aws-sdk-go-v2/service/rekognition"}
	var pkgs []*packages.Package
	withFacts := map[string]bool{}
	for _, r := range analysistest.Run(t, analysistest.TestData(), indirect.Analyzer, roots...) {
		pkgs = append(pkgs, r.Action.Package)
		for _, f := range r.Action.AllObjectFacts() {
			withFacts[f.Object.Pkg().Path()] = true
		}
	}
	scope := indirect.Scope(catalog.Default(), pkgs,
		func(p *packages.Package) string { return p.PkgPath },
		func(p *packages.Package) []*packages.Package { return slices.Collect(maps.Values(p.Imports)) })
	inScope := map[string]bool{}
	for p, facts := range scope {
		if facts {
			inScope[p.PkgPath] = true
		}
	}
	for path := range withFacts {
		if !inScope[path] {
			t.Errorf("%s has facts, but Scope says none can arise there", path)
		}
	}
	got := slices.Sorted(maps.Keys(inScope))
	want := []string{"app", "identity", "ifaceonly", "photosvc"}
	if !slices.Equal(got, want) {
		t.Errorf("Scope: facts can arise in %v, want %v", got, want)
	}
	if got := slices.Sorted(maps.Keys(withFacts)); !slices.Equal(got, want) {
		t.Errorf("the analyzer exported facts in %v, want %v", got, want)
	}
}
