package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
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
	enabled map[*analysis.Analyzer]*bool
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "text", "output format: "+strings.Join(output.Formats, ", "))
	fs.BoolVar(&c.json, "json", false, "print the analysis JSON tree (same as -format json)")
	fs.StringVar(&c.out, "o", "", "write the output to `file` instead of standard output (standard error for text)")
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
	var w io.Writer = os.Stdout
	if format == "text" {
		// As the go vet family: diagnostics on standard error.
		w = os.Stderr
	}
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

// version is the module version the binary was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func printVersion() int {
	fmt.Printf("biometriclint %s\n", version())
	return 0
}

// emit records the suppressed findings, sorts r, names the tool and hands
// r to the chosen handler; it returns the exit code.
func (c *common) emit(r *output.Report, pol *applied, col *output.Collector) int {
	pol.record(r, col)
	if err := c.write(r); err != nil {
		return fatalf("%v", err)
	}
	return pol.exitCode(c.formatName(), r)
}

// write names the tool, sorts r and hands it to the chosen handler, then
// lists what could not be analysed on standard error for the formats
// that do not show it.
func (c *common) write(r *output.Report) error {
	r.Tool, r.Version = "biometriclint", version()
	r.Sort()
	h, closeFn, err := c.handler()
	if err != nil {
		return err
	}
	err = h.Handle(r)
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	if err == nil && c.formatName() != "text" {
		err = output.Incomplete(os.Stderr, r)
	}
	if err != nil {
		return fmt.Errorf("writing the report: %v", err)
	}
	return nil
}
