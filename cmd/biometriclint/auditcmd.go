package main

import (
	"flag"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/audit"
)

const auditUsage = `biometriclint audit analyses a source tree without building it: no go
command, no compiler, no cgo, no go generate, no toolchain download, no
network (only a hardened git status for the report's provenance: -vcs=false
runs none). Every .go file is parsed whatever its build constraints, vendor/
included (testdata and directories starting with . or _ are skipped), and
biometriclint's analyzers run on the syntax. go.mod, go.sum and
vendor/modules.txt are read for the biometric modules they name.

Usage:
  biometriclint audit [flags] [dir]    (dir defaults to .)

With -typed, each module is loaded with the go command (GOTOOLCHAIN=local,
GOPROXY=off, CGO_ENABLED=0, go.mod read-only) for full precision; packages
that do not load are analysed by syntax and listed.

Flags may come before or after the directory. Findings go to standard output
(or the -o file); what could not be analysed, to standard error.

Exit status: 0 nothing found and everything analysed; 1 something could not
be analysed (a tree without Go files included), or the audit failed; 2 usage
error; 3 findings that fail the run (text, markdown, html; json and sarif
exit 0 with findings).

Flags:
`

// auditMain is biometriclint audit.
func auditMain(args []string) int {
	fs := flag.NewFlagSet("biometriclint audit", flag.ContinueOnError)
	var c common
	c.register(fs)
	typed := fs.Bool("typed", false, "load modules with the go command for type information (runs go list; off by default)")
	allowDirectives := fs.Bool("allow-directives", false, "obey the tree's own //biometriclint:allow directives (by default a finding one allows is shown and counted, with its reason: a tree under review does not get to turn its findings off)")
	fs.Usage = func() {} // parseFlags prints the usage
	dirs, err := parseArgs(fs, args)
	if err != nil {
		return usageOf(fs, auditUsage, err)
	}
	if c.version {
		return printVersion()
	}
	dir, code, ok := oneDir(fs, dirs)
	if !ok {
		return code
	}
	if code, ok := c.validate(fs); !ok {
		return code
	}
	c.recordOptions(fs)
	// The audited tree's own .biometriclint.yml is not read, nor its
	// directives obeyed (unless -allow-directives): a tree under review
	// does not get to turn its findings off. A finding a directive allows
	// is shown with the directive's reason.
	pol, analyzers, err := c.installPolicy(dir, false)
	if err != nil {
		return fatalf("%v", err)
	}
	if !*allowDirectives {
		pol.ledger.DistrustDirectives()
	}
	prog := newProgress()
	defer prog.done()
	rep, col, err := audit.Run(&audit.Config{
		Dir:       dir,
		Analyzers: analyzers,
		Bound:     pol.config,
		Tests:     c.tests,
		Typed:     *typed,
		Progress:  prog.fn(),
		OnResult:  pol.onResult,
		Record:    pol.ledger.Lookup,
		OnToolchainMessage: func(msg string) {
			c.raw = append(c.raw, msg)
		},
	})
	if err != nil {
		return fatalf("audit: %v", err)
	}
	prog.done()
	return c.emit(rep, pol, col, []string{dir}, dir)
}
