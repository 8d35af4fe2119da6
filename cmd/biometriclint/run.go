package main

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/catalog/catalogdoc"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/inventory"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/problems"
	"github.com/biometriclint/biometriclint/internal/load"
	"github.com/biometriclint/biometriclint/internal/readlimit"
	"github.com/biometriclint/biometriclint/internal/workdir"
)

const runUsage = `biometriclint reports where Go code uses emotion recognition and facial or
voice biometrics (EU AI Act Art. 5(1)(e)-(h)).

Usage:
  biometriclint [flags] packages...    load, type-check and analyse packages
  biometriclint audit [flags] [dir]    audit a tree without building it (biometriclint audit -help)
  biometriclint binary [flags] path... audit Go executables and container images (biometriclint binary -help)
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
	fs.Usage = func() {} // parseFlags prints the usage
	patterns, err := parseArgs(fs, args)
	if err != nil {
		return usageOf(fs, runUsage, err)
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
	c.recordOptions(fs)

	pol, analyzers, err := c.installPolicy(".", true)
	if err != nil {
		return fatalf("%v", err)
	}
	prog := newProgress()
	defer prog.done()
	var buildFlags []string
	if *tags != "" {
		buildFlags = []string{"-tags=" + *tags}
	}
	col := &output.Collector{ReadFile: readlimit.ReadFile, OnResult: pol.onResult, Record: pol.ledger.Lookup, Rename: workdir.Rel}
	r := &output.Report{Command: "run", Root: "."}
	units, planned := plan(patterns)
	r.Problems = append(r.Problems, planned...)
	base := packages.Config{Tests: c.tests, BuildFlags: buildFlags}
	all, failed, err := c.analyse(units, base, analyzers, pol.catalog(), col, r, prog)
	if err != nil {
		return fatalf("%v", err)
	}
	prog.done()
	c.addLoaded(r, all)
	r.Problems = append(r.Problems, col.ExcludedFileProblems()...)
	r.Provenance = &output.Provenance{Modules: scannedModules(all)}
	r.Problems = append(r.Problems, unbuilt(patterns, all, failed)...)
	vcsDir := "."
	if len(units) > 0 && units[0].dir != "" {
		vcsDir = units[0].dir
	}
	return c.emit(r, pol, col, patterns, vcsDir)
}

// analyse loads and analyses each unit with a copy of base, adding the
// findings and what could not be loaded to r. It returns the packages
// analysed and the directories whose load failed as a whole. A package
// that an earlier unit analysed (the modules of a go.work load each
// other) is analysed once.
func (c *common) analyse(units []*unit, base packages.Config, analyzers []*analysis.Analyzer, cat *catalog.Catalog, col *output.Collector, r *output.Report, prog *progress) (all []*packages.Package, failed []string, err error) {
	seen := map[string]bool{}
	for _, u := range units {
		prog.show("loading packages… " + unitName(u))
		cfg := base
		cfg.Dir = u.dir
		// Roots from source, dependencies from export data but where the
		// facts of wrapper tracking can arise (internal/load).
		loaded, err := load.Load(&cfg, analyzers, cat, u.patterns...)
		if err == nil && u.dir != "" && outsideWorkspace(loaded.Packages) {
			// A module under the patterns that the go.work above it
			// does not list: analysed on its own.
			cfg.Env = append(os.Environ(), "GOWORK=off")
			loaded, err = load.Load(&cfg, analyzers, cat, u.patterns...)
		}
		var pkgs, graphRoots []*packages.Package
		if err == nil {
			pkgs, graphRoots = loaded.Packages, loaded.Graph
			for _, p := range loaded.Problems {
				r.Problems = append(r.Problems, &output.Problem{Package: p.Package, Reason: output.Reason(p.Reason)})
			}
		}
		if err == nil && len(pkgs) == 0 {
			err = fmt.Errorf("%s matched no packages: no Go files, or build constraints exclude every one (biometriclint audit checks every file)", strings.Join(u.patterns, " "))
		}
		if err != nil {
			c.raw = append(c.raw, err.Error())
			r.Problems = append(r.Problems, problems.FromLoad(err, unitName(u)))
			failed = append(failed, u.dir)
			continue
		}
		// The graph's roots are copies of pkgs, in the same order.
		keep := func(p *packages.Package) bool { return !load.IsTestMain(p) && !seen[p.ID] }
		var roots []*packages.Package
		for i, p := range pkgs {
			if keep(p) {
				roots = append(roots, graphRoots[i])
			}
		}
		pkgs = slices.DeleteFunc(pkgs, func(p *packages.Package) bool { return !keep(p) })
		for _, p := range pkgs {
			seen[p.ID] = true
		}
		if len(pkgs) == 0 {
			continue
		}
		prog.show(fmt.Sprintf("analysing %d packages…", len(pkgs)))
		graph, err := checker.Analyze(analyzers, roots, nil)
		if err != nil {
			return nil, nil, err
		}
		r.Packages = append(r.Packages, col.Packages(graph)...)
		all = append(all, pkgs...)
	}
	return all, failed, nil
}

// scannedModules lists the main modules of the loaded packages: the
// modules the patterns named, not their dependencies.
func scannedModules(pkgs []*packages.Package) []output.ScannedModule {
	var mods []output.ScannedModule
	for _, p := range pkgs {
		if p.Module == nil || !p.Module.Main {
			continue
		}
		m := output.ScannedModule{Path: p.Module.Path, Dir: displayDir(p.Module.Dir)}
		if !slices.Contains(mods, m) {
			mods = append(mods, m)
		}
	}
	slices.SortFunc(mods, func(a, b output.ScannedModule) int { return cmp.Compare(a.Dir, b.Dir) })
	return mods
}

// formatName is the chosen format, -json included.
func (c *common) formatName() string {
	if c.json {
		return "json"
	}
	return c.format
}

// outsideWorkspace reports whether the go command refused the patterns
// because their module is not one of the go.work's.
func outsideWorkspace(pkgs []*packages.Package) bool {
	for _, p := range pkgs {
		for _, e := range p.Errors {
			if strings.Contains(e.Msg, "modules listed in go.work") || strings.Contains(e.Msg, "not one of the workspace modules") {
				return true
			}
		}
	}
	return false
}

// unitName names the directory of a load unit in problems.
func unitName(u *unit) string {
	if u.dir == "" {
		return "."
	}
	return displayDir(u.dir)
}

// addLoaded adds to r the root cause of every error of the loaded packages,
// dependencies included (a root package is only as well analysed as what
// it imports), and the biometric modules their modules' files name.
func (c *common) addLoaded(r *output.Report, pkgs []*packages.Package) {
	probs, raw := problems.FromPackages(pkgs, workdir.Rel)
	r.Problems = append(r.Problems, probs...)
	c.raw = append(c.raw, raw...)
	var modDirs []string
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Dir != "" && !slices.Contains(modDirs, p.Module.Dir) {
			modDirs = append(modDirs, p.Module.Dir)
		}
	}
	mods, modProblems := inventory.Modules(catalog.Default(), modDirs)
	for _, m := range mods {
		for i := range m.Places {
			m.Places[i].File = workdir.Rel(m.Places[i].File)
		}
	}
	for _, p := range modProblems {
		p.File = workdir.Rel(p.File)
	}
	r.Modules, r.Problems = mods, append(r.Problems, modProblems...)
	inventory.MarkUsed(r.Modules, r.Findings())
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
