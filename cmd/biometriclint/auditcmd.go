package main

import (
	"flag"
	"fmt"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/audit"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

const auditUsage = `biometriclint audit analyses a source tree without building it: no go
command, no compiler, no cgo, no go generate, no toolchain download, no
network. Every .go file is parsed whatever its build constraints, vendor/
included (testdata and directories starting with . or _ are skipped), and
biometriclint's analyzers run on the syntax. go.mod, go.sum and
vendor/modules.txt are read for the biometric modules they name.

Usage:
  biometriclint audit [flags] [dir]    (dir defaults to .)

With -typed, each module is loaded with the go command (GOTOOLCHAIN=local,
GOPROXY=off, CGO_ENABLED=0, go.mod read-only) for full precision; packages
that do not load are analysed by syntax and listed.

Flags:
`

// parseSubcommand parses a subcommand's flags with its usage text; ok is
// false when the command must exit with code (after -help or a bad flag).
func parseSubcommand(fs *flag.FlagSet, usage string, args []string) (code int, ok bool) {
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

// dirArg returns a subcommand's one optional directory argument, "." by
// default; ok is false (after the usage is printed) when there are more.
func dirArg(fs *flag.FlagSet) (dir string, ok bool) {
	switch fs.NArg() {
	case 0:
		return ".", true
	case 1:
		return fs.Arg(0), true
	}
	fs.Usage()
	return "", false
}

// auditMain is biometriclint audit.
func auditMain(args []string) int {
	fs := flag.NewFlagSet("biometriclint audit", flag.ContinueOnError)
	var c common
	c.register(fs)
	typed := fs.Bool("typed", false, "load modules with the go command for type information (runs go list; off by default)")
	if code, ok := parseSubcommand(fs, auditUsage, args); !ok {
		return code
	}
	if c.version {
		return printVersion()
	}
	dir, ok := dirArg(fs)
	if !ok {
		return 2
	}
	if _, err := output.New(c.formatName(), nil); err != nil {
		return fatalf("%v", err)
	}
	// The audited tree's own .biometriclint.yml is not read: a tree under
	// review does not get to turn its findings off. Its directives are
	// honoured, and reported as suppressed with their reason.
	pol, analyzers, err := c.installPolicy(dir, false)
	if err != nil {
		return fatalf("%v", err)
	}
	prog := newProgress()
	defer prog.done()
	rep, col, err := audit.Run(&audit.Config{
		Dir:       dir,
		Analyzers: analyzers,
		Tests:     c.tests,
		Typed:     *typed,
		Progress:  prog.fn(),
		OnResult:  pol.onResult,
	})
	if err != nil {
		return fatalf("audit: %v", err)
	}
	prog.done()
	return c.emit(rep, pol, col)
}
