package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/catalog/catalogdoc"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/audit"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/inventory"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

const runUsage = `biometriclint reports where Go code uses emotion recognition and facial or
voice biometrics (EU AI Act Art. 5(1)(e)-(h)).

Usage:
  biometriclint [flags] packages...    load, type-check and analyse packages
  biometriclint audit [flags] [dir]    audit a tree without building it (biometriclint audit -help)
  biometriclint -catalog               print the catalog (-format text, json or markdown)
  go vet -vettool="$PWD/bin/biometriclint" packages...

Flags may come before or after the packages ("--" ends them). Findings go to
standard output (or the -o file) in every format; what could not be analysed,
and other notes about the run, to standard error. File names are relative to
the working directory.

Exit status:
  0  no finding that fails the run, and everything analysed
  1  something could not be analysed (listed on standard error), or the run failed
  2  usage error: unknown flag, bad flag value, no packages
  3  findings that fail the run (text, markdown, html; json and sarif exit 0
     with findings, so that CI uploads them, and 1 when incomplete)

Flags:
`

// runMain is the normal run: go/packages and the x/tools checker.
func runMain(args []string) int {
	fs := flag.NewFlagSet("biometriclint", flag.ContinueOnError)
	var c common
	c.register(fs)
	tags := fs.String("tags", "", "comma-separated build `tags` for the go command")
	printCatalog := fs.Bool("catalog", false, "print the catalog and exit (-format text, json or markdown)")
	fs.Usage = func() { fmt.Fprintf(fs.Output(), "Run '%s -help' for usage.\n", fs.Name()) }
	patterns, err := parseArgs(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			fullUsage(fs, runUsage)
			return exitClean
		}
		return exitUsage
	}
	switch {
	case c.version:
		return printVersion()
	case *printCatalog:
		return c.catalog()
	case len(patterns) == 0:
		fullUsage(fs, runUsage)
		return exitUsage
	}
	if code, ok := c.validate(fs); !ok {
		return code
	}

	pol, analyzers, err := c.installPolicy(".", true)
	if err != nil {
		return fatalf("%v", err)
	}
	prog := newProgress()
	defer prog.done()
	prog.show("loading packages…")
	mode := packages.LoadSyntax | packages.NeedModule
	if slices.ContainsFunc(analyzers, audit.NeedsFacts) {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	cfg := &packages.Config{Mode: mode, Tests: c.tests}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages (build constraints may exclude every Go file: biometriclint audit checks every file)", strings.Join(patterns, " "))
	}
	if err != nil {
		return fatalf("%v", err)
	}
	pkgs = withoutTestMains(pkgs)
	prog.show(fmt.Sprintf("analysing %d packages…", len(pkgs)))
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		return fatalf("%v", err)
	}
	prog.done()
	col := &output.Collector{ReadFile: os.ReadFile, OnResult: pol.onResult, Rename: relToWD}
	r := runReport(graph, pkgs, col)
	r.Problems = append(r.Problems, unbuilt(patterns, pkgs)...)
	return c.emit(r, pol, col)
}

// formatName is the chosen format, -json included.
func (c *common) formatName() string {
	if c.json {
		return "json"
	}
	return c.format
}

// runReport turns the checker's results into a report: root actions'
// diagnostics, package errors, and the modules of the loaded packages.
func runReport(graph *checker.Graph, pkgs []*packages.Package, col *output.Collector) *output.Report {
	r := &output.Report{Command: "run", Root: "."}
	r.Packages = col.Packages(graph, nil)
	// Every package with errors, dependencies included: a root package is
	// only as well analysed as what it imports.
	var modDirs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			r.Problems = append(r.Problems, &output.Problem{Package: p.ID, Reason: output.Reason(e.Error())})
		}
	})
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Dir != "" && !slices.Contains(modDirs, p.Module.Dir) {
			modDirs = append(modDirs, p.Module.Dir)
		}
	}
	mods, problems := inventory.Modules(catalog.Default(), modDirs)
	for _, m := range mods {
		m.Source = relToWD(m.Source)
	}
	for _, p := range problems {
		p.File = relToWD(p.File)
	}
	r.Modules, r.Problems = mods, append(r.Problems, problems...)
	inventory.MarkUsed(r.Modules, r.Findings())
	return r
}

// catalog prints the catalog reference in the chosen format.
func (c *common) catalog() int {
	cat := catalog.Default()
	var err error
	switch c.formatName() {
	case "text":
		err = catalogdoc.Text(os.Stdout, cat)
	case "json":
		err = catalogdoc.JSON(os.Stdout, cat)
	case "markdown", "md":
		err = catalogdoc.Markdown(os.Stdout, cat)
	default:
		return fatalf("-catalog prints text, json or markdown, not %s", c.format)
	}
	if err != nil {
		return fatalf("%v", err)
	}
	return 0
}

// relToWD names a file relative to the working directory, as the audit
// and staticcheck do, when that is shorter than its absolute name.
func relToWD(name string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(name) {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && len(rel) < len(name) {
		return rel
	}
	return name
}

// withoutTestMains leaves out the test main packages (p.test) that
// go/packages returns with Tests: their one file is generated into the
// build cache, as go vet and staticcheck leave them out.
func withoutTestMains(pkgs []*packages.Package) []*packages.Package {
	return slices.DeleteFunc(pkgs, func(p *packages.Package) bool {
		return p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ID == p.PkgPath
	})
}
