// Package peerconf writes golangci-lint configurations that make peer
// linters look for what biometriclint's catalog names, so that the
// benchmark compares like with like: depguard denies the imports that
// sdkimport reports, and forbidigo (with analyze-types) forbids the symbols
// that sdksymbol reports. It also writes the configuration of biometriclint's
// own golangci-lint plugin restricted to its syntax-only analyzers.
package peerconf

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// config is the part of golangci-lint v2's configuration the benchmark sets.
type config struct {
	Version string  `yaml:"version"`
	Run     run     `yaml:"run"`
	Linters linters `yaml:"linters"`
	Issues  issues  `yaml:"issues"`
}

type run struct {
	Tests bool `yaml:"tests"`
}

type linters struct {
	Default    string         `yaml:"default"`
	Enable     []string       `yaml:"enable"`
	Exclusions exclusions     `yaml:"exclusions"`
	Settings   map[string]any `yaml:"settings"`
}

// exclusions keeps the issues of generated files, which golangci-lint
// drops by default and biometriclint reports.
type exclusions struct {
	Generated string `yaml:"generated"`
}

// issues lifts golangci-lint's default caps (fifty issues per linter,
// three with the same text, one per line), so that every finding is
// computed and printed, as biometriclint does.
type issues struct {
	MaxPerLinter int  `yaml:"max-issues-per-linter"`
	MaxSame      int  `yaml:"max-same-issues"`
	UniqByLine   bool `yaml:"uniq-by-line"`
}

type depguardRule struct {
	ListMode string         `yaml:"list-mode"`
	Deny     []depguardDeny `yaml:"deny"`
}

type depguardDeny struct {
	Pkg  string `yaml:"pkg"`
	Desc string `yaml:"desc"`
}

type forbidigoSettings struct {
	Forbid       []forbidPattern `yaml:"forbid"`
	AnalyzeTypes bool            `yaml:"analyze-types"`
}

type forbidPattern struct {
	Pattern string `yaml:"pattern"`
	Pkg     string `yaml:"pkg"`
	Msg     string `yaml:"msg"`
}

// Peers writes a configuration that enables depguard and forbidigo only.
// depguard denies every dedicated catalogued package and its aliases
// (exact paths); forbidigo gets one pattern per catalogued package with
// symbols, matching "name.Symbol" for the package's own name and its
// import path or aliases, as analyze-types spells resolved uses.
func Peers(w io.Writer, cat *catalog.Catalog, tests bool) error {
	var deny []depguardDeny
	var forbid []forbidPattern
	for _, p := range cat.Packages() {
		paths := append([]string{p.Path}, p.Aliases...)
		if p.Dedicated {
			for _, path := range paths {
				deny = append(deny, depguardDeny{Pkg: path + "$", Desc: p.Entry.Title()})
			}
		}
		if len(p.Symbols) == 0 {
			continue
		}
		var names []string
		for _, s := range p.Symbols {
			names = append(names, regexp.QuoteMeta(s.Name))
		}
		slices.Sort(names)
		names = slices.Compact(names)
		forbid = append(forbid, forbidPattern{
			Pattern: "^" + regexp.QuoteMeta(p.PkgName()) + `\.(` + strings.Join(names, "|") + ")$",
			Pkg:     "^(" + strings.Join(quoteAll(paths), "|") + ")$",
			Msg:     p.Entry.Title(),
		})
	}
	if len(deny) == 0 || len(forbid) == 0 {
		return fmt.Errorf("peerconf: the catalog has %d dedicated packages and %d packages with symbols; want both", len(deny), len(forbid))
	}
	return write(w, config{
		Version: "2",
		Run:     run{Tests: tests},
		Linters: linters{
			Default: "none",
			Enable:  []string{"depguard", "forbidigo"},
			Settings: map[string]any{
				"depguard":  map[string]any{"rules": map[string]depguardRule{"biometric": {ListMode: "lax", Deny: deny}}},
				"forbidigo": forbidigoSettings{Forbid: forbid, AnalyzeTypes: true},
			},
		},
	})
}

// Plugin writes a configuration that enables only biometriclint's module
// plugin with the analyzers of analyzers set to true and every other one
// of all set to false. The plugin then picks its load mode itself.
func Plugin(w io.Writer, all []string, enabled func(name string) bool, tests bool) error {
	switches := map[string]bool{}
	on := 0
	for _, name := range all {
		switches[name] = enabled(name)
		if switches[name] {
			on++
		}
	}
	if on == 0 {
		return fmt.Errorf("peerconf: no analyzer enabled for the plugin")
	}
	return write(w, config{
		Version: "2",
		Run:     run{Tests: tests},
		Linters: linters{
			Default: "none",
			Enable:  []string{"biometriclint"},
			Settings: map[string]any{
				"custom": map[string]any{"biometriclint": map[string]any{
					"type":     "module",
					"settings": map[string]any{"analyzers": switches},
				}},
			},
		},
	})
}

func write(w io.Writer, c config) error {
	c.Linters.Exclusions.Generated = "disable"
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return err
	}
	return enc.Close()
}

func quoteAll(ss []string) []string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = regexp.QuoteMeta(s)
	}
	return q
}
