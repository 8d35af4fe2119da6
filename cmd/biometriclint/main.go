// Command biometriclint reports where Go code uses emotion recognition,
// face recognition, biometric categorisation, face liveness, face detection
// or speaker recognition.
//
// Usage:
//
//	biometriclint [flags] packages...        analyse packages (exit 3 with findings)
//	biometriclint -format sarif -o out.sarif ./...
//	biometriclint audit [flags] [dir]        audit a tree without building it
//	biometriclint binary [flags] path...     audit Go executables and container images
//	biometriclint discover [dir]             catalog entry drafts for unknown vendors
//	go vet -vettool="$PWD/bin/biometriclint" ./...   run as a go vet tool
//
// Flags may come before or after the arguments. Output formats (-format):
// text, json (the analysis JSON tree, also -json), sarif, markdown, html.
// Findings go to standard output (or the -o file), what could not be
// analysed to standard error. Run biometriclint -help for the flags.
//
// Exit status: 0 nothing found and everything analysed; 1 something could
// not be analysed, or the run failed; 2 usage error; 3 findings that fail
// the run (text, markdown and html; json and sarif exit 0 with findings).
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

func main() {
	args := os.Args[1:]
	if invokedByVet(args) {
		unitchecker.Main(suite.Analyzers()...)
		return
	}
	if len(args) > 0 && args[0] == "audit" {
		os.Exit(auditMain(args[1:]))
	}
	if len(args) > 0 && args[0] == "binary" {
		os.Exit(binaryMain(args[1:]))
	}
	if len(args) > 0 && args[0] == "discover" {
		os.Exit(discoverMain(args[1:]))
	}
	os.Exit(runMain(args))
}

// invokedByVet reports whether go vet -vettool runs the program: go vet
// asks for -V=full and -flags, then passes a single *.cfg file (after the
// analyzer flags), as multichecker detects it.
func invokedByVet(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") &&
		(len(args) == 1 || strings.HasPrefix(args[len(args)-2], "-"))
}

// The exit codes of both commands, documented in the usage text and README.
const (
	exitClean      = 0 // nothing to report and everything analysed
	exitIncomplete = 1 // something could not be analysed, or the run failed
	exitUsage      = 2 // a flag or argument is wrong
	exitFindings   = 3 // findings that fail the run (policy.ExitFindings)
)

func fatalf(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "biometriclint: "+format+"\n", args...)
	return exitIncomplete
}
