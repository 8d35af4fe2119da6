// Command gendoc writes the catalog reference (docs/catalog.md). It is run by
// `go generate ./analyzers/catalog`.
package main

import (
	"bytes"
	"flag"
	"log"
	"os"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/catalog/catalogdoc"
)

func main() {
	out := flag.String("o", "docs/catalog.md", "output file")
	flag.Parse()
	var buf bytes.Buffer
	if err := catalogdoc.Markdown(&buf, catalog.Default()); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
