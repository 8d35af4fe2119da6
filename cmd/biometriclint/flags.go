package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/provenance"
)

// common holds the flags both commands have.
type common struct {
	format  string
	json    bool
	out     string
	tests   bool
	version bool
	config  string
	failOn  string
	verbose bool
	raw     []string // the toolchain's messages, printed under -v
	vcs     bool
	options []string // the flags given, for the provenance
	enabled map[*analysis.Analyzer]*bool
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "text", "output format: "+strings.Join(output.Formats, ", "))
	fs.BoolVar(&c.json, "json", false, "print the analysis JSON tree (same as -format json)")
	fs.StringVar(&c.out, "o", "", "write the output to `file` instead of standard output")
	fs.BoolVar(&c.vcs, "vcs", true, "record the scanned tree's git revision in the reports, and run git status (hardened: see docs/output.md) to tell whether it has uncommitted changes")
	fs.BoolVar(&c.verbose, "v", false, "also print the go command's and the type checker's own messages for what could not be analysed")
	fs.BoolVar(&c.tests, "test", true, "analyse test files too")
	fs.BoolVar(&c.version, "version", false, "print the version and exit")
	fs.StringVar(&c.config, "config", "", "policy `file` (.biometriclint.yml): severities, exclusions, justified allow rules")
	fs.StringVar(&c.failOn, "fail-on", "", "lowest severity that fails the run: error, warning or never (default: the policy's, else error)")
	c.enabled = map[*analysis.Analyzer]*bool{}
	for _, a := range suite.Analyzers() {
		c.enabled[a] = fs.Bool(a.Name, true, "run the "+a.Name+" analyzer (-"+a.Name+"=false to disable)")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
}

// analyzers returns the enabled analyzers, in suite order.
func (c *common) analyzers() []*analysis.Analyzer {
	var list []*analysis.Analyzer
	for _, a := range suite.Analyzers() {
		if *c.enabled[a] {
			list = append(list, a)
		}
	}
	return list
}

// handler opens the output and returns the handler of the chosen format,
// and a function that closes the output.
func (c *common) handler() (output.Handler, func() error, error) {
	format := c.formatName()
	// Findings on standard output in every format, as staticcheck,
	// golangci-lint and govulncheck print them; notes about the run go to
	// standard error.
	var w io.Writer = os.Stdout
	closeFn := func() error { return nil }
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return nil, nil, err
		}
		w, closeFn = f, f.Close
	}
	h, err := output.New(format, w)
	return h, closeFn, err
}

func printVersion() int {
	fmt.Printf("biometriclint %s\ncatalog %s\n", provenance.Tool(), catalog.EmbeddedDigest())
	return 0
}

// emit records the suppressed findings, sorts r, names the tool, records
// the provenance of r (what was scanned from vcsDir and modules) and hands
// r to the chosen handler; it returns the exit code.
func (c *common) emit(r *output.Report, pol *applied, col *output.Collector, scanned []string, vcsDir string) int {
	pol.record(r, col)
	if err := c.provenance(r, scanned, vcsDir); err != nil {
		return fatalf("%v", err)
	}
	if err := c.write(r); err != nil {
		return fatalf("%v", err)
	}
	return pol.exitCode(c.formatName(), r)
}

// provenance records what was scanned (the patterns, directory or files,
// and, from vcsDir, the revision; none without vcsDir), the date, the tool,
// the catalog and the options.
func (c *common) provenance(r *output.Report, scanned []string, vcsDir string) error {
	date, err := provenance.Date()
	if err != nil {
		return fmt.Errorf("SOURCE_DATE_EPOCH: %v", err)
	}
	p := r.Provenance
	if p == nil {
		p = &output.Provenance{}
	}
	p.Scanned, p.Date, p.Tool, p.Catalog, p.Options = scanned, date, provenance.Tool(), catalog.EmbeddedDigest(), c.options
	if vcsDir != "" {
		p.VCS = provenance.VCS(vcsDir, c.vcs)
	}
	r.Provenance = p
	return nil
}

// write names the tool, sorts r and hands it to the chosen handler, then
// lists what could not be analysed on standard error.
func (c *common) write(r *output.Report) error {
	tool := provenance.Tool()
	r.Tool, r.Version = tool.Name, tool.String()
	r.Sort()
	h, closeFn, err := c.handler()
	if err != nil {
		return err
	}
	err = h.Handle(r)
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	if err == nil && c.formatName() == "text" {
		err = output.SuppressedNote(os.Stderr, r)
	}
	if err == nil {
		err = output.Incomplete(os.Stderr, r)
	}
	if err == nil && c.verbose && len(c.raw) > 0 {
		_, err = fmt.Fprintf(os.Stderr, "biometriclint: the toolchain's messages (-v):\n%s\n", strings.Join(c.raw, "\n"))
	}
	if err != nil {
		return fmt.Errorf("writing the report: %v", err)
	}
	return nil
}

// parseArgs parses args with flags before, between or after the
// arguments, as staticcheck and golangci-lint users write them
// (biometriclint ./... -format sarif); "--" ends the flags. It returns the
// arguments.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// recordOptions keeps the flags given, for the reports' provenance.
func (c *common) recordOptions(fs *flag.FlagSet) {
	fs.Visit(func(f *flag.Flag) { c.options = append(c.options, "-"+f.Name+"="+f.Value.String()) })
}

// usageOf returns the exit code of a command line that does not parse:
// 0 for -help, after the usage text; 2 otherwise, after a pointer to
// -help (the flag package has printed the error).
func usageOf(fs *flag.FlagSet, text string, err error) int {
	if err == flag.ErrHelp {
		fullUsage(fs, text)
		return exitClean
	}
	fmt.Fprintf(fs.Output(), "Run '%s -help' for usage.\n", fs.Name())
	return exitUsage
}

// fullUsage prints the usage text and the flags.
func fullUsage(fs *flag.FlagSet, text string) {
	fmt.Fprint(fs.Output(), text)
	fs.PrintDefaults()
}

// oneDir returns a subcommand's one optional directory argument, "." by
// default; with more, it prints a usage error and ok is false.
func oneDir(fs *flag.FlagSet, dirs []string) (dir string, code int, ok bool) {
	switch len(dirs) {
	case 0:
		return ".", 0, true
	case 1:
		return dirs[0], 0, true
	}
	return "", usageError(fs, "one directory, not %d: %s", len(dirs), strings.Join(dirs, " ")), false
}

// usageError prints a usage error and returns its exit code, 2.
func usageError(fs *flag.FlagSet, format string, args ...any) int {
	fmt.Fprintf(fs.Output(), "%s: %s\nRun '%s -help' for usage.\n", fs.Name(), fmt.Sprintf(format, args...), fs.Name())
	return exitUsage
}

// validate checks the values of the flags that the flag package cannot
// (the format and -fail-on: a usage error) and SOURCE_DATE_EPOCH, before
// any analysis. It returns the exit code of an error.
func (c *common) validate(fs *flag.FlagSet) (int, bool) {
	if !output.ValidFormat(c.formatName()) {
		_, err := output.New(c.formatName(), nil)
		return usageError(fs, "-format: %v", err), false
	}
	if c.failOn != "" {
		if _, err := policy.ParseFailOn(c.failOn); err != nil {
			return usageError(fs, "-fail-on: %v", err), false
		}
	}
	if _, err := provenance.Date(); err != nil {
		return fatalf("SOURCE_DATE_EPOCH: %v (want seconds since 1970)", err), false
	}
	return 0, true
}
