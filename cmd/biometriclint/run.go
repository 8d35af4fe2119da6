package main

import (
	"flag"
	"fmt"
	"os"
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
  biometriclint binary [flags] path... audit Go executables and container images (biometriclint binary -help)
  biometriclint -catalog               print the catalog (-format text, json or markdown)
  go vet -vettool=$(which biometriclint) packages...

Exit status: 3 with findings (text, markdown, html), 1 when a package could
not be fully analysed, 0 otherwise.

Flags:
`

// runMain is the normal run: go/packages and the x/tools checker.
func runMain(args []string) int {
	fs := flag.NewFlagSet("biometriclint", flag.ContinueOnError)
	var c common
	c.register(fs)
	tags := fs.String("tags", "", "comma-separated build `tags` for the go command")
	printCatalog := fs.Bool("catalog", false, "print the catalog and exit (-format text, json or markdown)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), runUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	switch {
	case c.version:
		return printVersion()
	case *printCatalog:
		return c.catalog()
	case fs.NArg() == 0:
		fs.Usage()
		return 2
	}
	if _, err := output.New(c.formatName(), nil); err != nil {
		return fatalf("%v", err)
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
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages (build constraints may exclude every Go file: biometriclint audit checks every file)", strings.Join(fs.Args(), " "))
	}
	if err != nil {
		return fatalf("%v", err)
	}
	prog.show(fmt.Sprintf("analysing %d packages…", len(pkgs)))
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		return fatalf("%v", err)
	}
	prog.done()
	col := &output.Collector{ReadFile: os.ReadFile, OnResult: pol.onResult}
	r := runReport(graph, pkgs, col)
	r.Problems = append(r.Problems, unbuilt(fs.Args(), pkgs)...)
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
	wd, _ := os.Getwd()
	r := &output.Report{Command: "run", Root: wd}
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
