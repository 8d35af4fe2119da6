package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/discover"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/audit"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/draft"
)

const discoverUsage = `biometriclint discover reads a source tree as the audit does (syntax only,
nothing built or run) and prints catalog entry drafts, YAML in the schema of
analyzers/catalog/data, for the vendors and packages the discover analyzer
finds possible biometrics in, with the evidence as comments. Review, complete
and promote them into the catalog (CONTRIBUTING.md).

Usage:
  biometriclint discover [-o file] [dir]    (dir defaults to .)

Flags:
`

// discoverMain is biometriclint discover.
func discoverMain(args []string) int {
	fs := flag.NewFlagSet("biometriclint discover", flag.ContinueOnError)
	out := fs.String("o", "", "write the drafts to `file` instead of standard output")
	tests := fs.Bool("test", false, "include _test.go files")
	fs.Usage = func() {} // parseArgs prints the usage
	dirs, err := parseArgs(fs, args)
	if err != nil {
		return usageOf(fs, discoverUsage, err)
	}
	dir, code, ok := oneDir(fs, dirs)
	if !ok {
		return code
	}
	var results []*discover.Result
	rep, _, err := audit.Run(&audit.Config{
		Dir:       dir,
		Analyzers: []*analysis.Analyzer{discover.Analyzer},
		Tests:     *tests,
		OnResult: func(a *analysis.Analyzer, r any) {
			if res, ok := r.(*discover.Result); ok && a == discover.Analyzer {
				results = append(results, res)
			}
		},
	})
	if err != nil {
		return fatalf("discover: %v", err)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(os.Stderr, "biometriclint: discover: not fully read: %s%s: %s\n", p.File, p.Package, p.Reason)
	}
	w := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fatalf("%v", err)
		}
		defer f.Close()
		w = f
	}
	if err := draft.Write(w, dir, results); err != nil {
		return fatalf("discover: %v", err)
	}
	if len(rep.Problems) > 0 {
		return 1
	}
	return 0
}
