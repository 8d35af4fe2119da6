package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// parseFloor parses every non-test .go file under dir that the audit
// reads (testdata and directories starting with . or _ skipped), one after
// the other, fully and then imports only: the floor of any syntax-only
// analysis that reads whole files, and of one that reads imports alone.
func parseFloor(dir string) (files int, full, importsOnly time.Duration, err error) {
	var paths []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return 0, 0, 0, err
	}
	for _, mode := range []parser.Mode{parser.ParseComments | parser.SkipObjectResolution, parser.ImportsOnly | parser.SkipObjectResolution} {
		fset := token.NewFileSet()
		start := time.Now()
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				return 0, 0, 0, err
			}
			parser.ParseFile(fset, p, src, mode) // syntax errors are the audit's business
		}
		if mode&parser.ImportsOnly != 0 {
			importsOnly = time.Since(start)
		} else {
			full = time.Since(start)
		}
	}
	return len(paths), full, importsOnly, nil
}
