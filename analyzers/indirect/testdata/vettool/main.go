// Command vettool runs the indirect analyzer as a go vet tool.
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/biometriclint/biometriclint/analyzers/indirect"
)

func main() { unitchecker.Main(indirect.Analyzer) }
