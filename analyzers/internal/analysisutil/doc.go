// Package analysisutil holds small helpers shared by biometriclint's analyzers.
package analysisutil

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtractDoc returns the section "# Analyzer name" of the package doc
// comment in content (the text of a doc.go file), starting after "name: ",
// as Analyzer.Doc wants it. It panics when the section is missing, so a
// missing doc fails every test of the analyzer.
//
// This follows golang.org/x/tools' internal analyzerutil.ExtractDoc.
func MustExtractDoc(content, name string) string {
	doc, err := extractDoc(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

func extractDoc(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("bad doc.go: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package comment")
	}
	text := (&ast.CommentGroup{List: f.Doc.List}).Text()
	head := "# Analyzer " + name
	_, after, ok := strings.Cut(text, head+"\n")
	if !ok {
		return "", fmt.Errorf("doc.go has no %q section", head)
	}
	if i := strings.Index(after, "\n# "); i >= 0 {
		after = after[:i]
	}
	after = strings.TrimSpace(after)
	rest, ok := strings.CutPrefix(after, name+": ")
	if !ok {
		return "", fmt.Errorf("section %q does not start with %q", head, name+": ")
	}
	return rest, nil
}
