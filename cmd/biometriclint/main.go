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
//	go vet -vettool=$(which biometriclint)   run as a go vet tool
//
// Output formats (-format): text, json (the analysis JSON tree, also -json),
// sarif, markdown, html. Run biometriclint -help for the flags.
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

func fatalf(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "biometriclint: "+format+"\n", args...)
	return 1
}
