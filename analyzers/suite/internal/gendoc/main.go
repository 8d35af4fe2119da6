// Command gendoc writes the analyzers reference (docs/analyzers.md). It is
// run by `go generate ./analyzers/suite`.
package main

import (
	"bytes"
	"flag"
	"log"
	"os"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

func main() {
	out := flag.String("o", "docs/analyzers.md", "output file")
	flag.Parse()
	var buf bytes.Buffer
	if err := suite.Markdown(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
