// Command biometriclint reports where Go code uses emotion recognition,
// face recognition, biometric categorisation, face liveness, face detection
// or speaker recognition.
//
// Usage:
//
//	biometriclint [flags] packages...        analyse packages (exit 3 with findings)
//	biometriclint -json packages...          the same, as the analysis JSON tree
//	go vet -vettool=$(which biometriclint)   run as a go vet tool
//
// Run biometriclint help for the analyzers and their flags.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

func main() {
	multichecker.Main(suite.Analyzers()...)
}
