package modelfile

import (
	_ "embed"
	"fmt"
	"go/ast"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

//go:embed doc.go
var doc string

// Analyzer reports face and emotion model files named or embedded by Go code.
var Analyzer = &analysis.Analyzer{
	Name:             "modelfile",
	Doc:              analysisutil.MustExtractDoc(doc, "modelfile"),
	URL:              analysisutil.DocURL("modelfile"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{strconst.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	mt := NewMatcher(catalog.Default())
	strconst.EachFile(pass, func(f *strconst.File) {
		check(pass, mt, f)
	})
	return nil, nil
}

func check(pass *analysis.Pass, mt *Matcher, sf *strconst.File) {
	f, note := sf.Syntax, sf.Note
	Check(mt, sf.Strings, func(n ast.Node, m *catalog.ModelFile, subject string) {
		fd := finding.ForEvidence(m.Entry, m.Category, subject, m.What)
		fd.Note = note
		finding.Report(pass, n, fd)
	})
	// The original file: when cgo ran, f is its output, whose line
	// directives name the original.
	dir := filepath.Dir(pass.Fset.Position(f.Package).Filename)
	for _, e := range Embeds(f) {
		CheckEmbed(mt, dir, e, func(m *catalog.ModelFile, subject string) {
			fd := finding.ForEvidence(m.Entry, m.Category, subject, m.What)
			fd.Note = note
			finding.Report(pass, e.Var, fd)
		})
	}
}

// Check calls found for each outermost string expression of a file that
// names a catalogued model file, given the file's folded strings
// (strconst.Folder.Strings).
func Check(mt *Matcher, strs []strconst.String, found func(n ast.Node, m *catalog.ModelFile, subject string)) {
	strconst.EachOutermost(strs, func(e ast.Expr, text string) bool {
		m, ok := mt.MatchModel(text)
		if ok {
			found(e, m, strconv.Quote(strconst.Show(text)))
		}
		return ok
	})
}

// CheckEmbed calls found for each catalogued model file that the //go:embed
// directive e of a file in dir embeds (reported at the variable it fills): once per pattern that names one,
// else once per embedded file that is one.
func CheckEmbed(mt *Matcher, dir string, e Embed, found func(m *catalog.ModelFile, subject string)) {
	for _, pat := range e.Patterns {
		if m, ok := mt.MatchModel(pat); ok {
			found(m, "//go:embed "+pat)
			continue
		}
		for _, file := range EmbeddedFiles(dir, pat) {
			if m, ok := mt.MatchModel(file); ok {
				found(m, fmt.Sprintf("//go:embed %s (%s)", pat, file))
			}
		}
	}
}
