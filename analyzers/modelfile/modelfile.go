package modelfile

import (
	_ "embed"
	"fmt"
	"go/ast"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
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
	Requires:         []*analysis.Analyzer{config.Analyzer, strconst.Analyzer, sdksymbol.Uses},
}

func run(pass *analysis.Pass) (any, error) {
	cat := config.Catalog(pass)
	loaded := sdksymbol.ResultOf(pass).ModelArgs
	strconst.EachFile(pass, func(f *strconst.File) {
		check(pass, cat, f, loaded)
	})
	return nil, nil
}

// check reports the model names of a file, but those passed to a
// catalogued loader whose finding names the model already (one finding
// per model load).
func check(pass *analysis.Pass, cat *catalog.Catalog, sf *strconst.File, loaded []ast.Expr) {
	f, note := sf.Syntax, sf.Note
	strs := sf.Named
	if !cat.ModelNamesSeparated() {
		strs = sf.Folder.Strings(f, f)
	}
	Check(cat, strs, func(n ast.Node, m *catalog.ModelFile, subject string) {
		for _, arg := range loaded {
			if arg.Pos() <= n.Pos() && n.End() <= arg.End() {
				return
			}
		}
		fd := finding.ForEvidence(finding.Model, m.Entry, m.Category, subject, m.What)
		fd.Note = note
		emit.Finding(pass, n, fd)
	})
	embeds := Embeds(f)
	if len(embeds) == 0 {
		return // and no position to make: most files embed nothing
	}
	// The original file: when cgo ran, f is its output, whose line
	// directives name the original.
	dir := filepath.Dir(pass.Fset.Position(f.Package).Filename)
	for _, e := range embeds {
		CheckEmbed(cat, dir, e, func(m *catalog.ModelFile, subject string) {
			fd := finding.ForEvidence(finding.Model, m.Entry, m.Category, subject, m.What)
			fd.Note = note
			emit.Finding(pass, e.Var, fd)
		})
	}
}

// Check calls found for each outermost string expression of a file that
// names a catalogued model file, given the file's folded strings
// (strconst.Folder.Strings).
func Check(cat *catalog.Catalog, strs []strconst.String, found func(n ast.Node, m *catalog.ModelFile, subject string)) {
	strconst.EachOutermost(strs, func(e ast.Expr, text string) bool {
		m := cat.Model(text)
		ok := m != nil
		if ok {
			found(e, m, strconv.Quote(strconst.Show(text)))
		}
		return ok
	})
}

// CheckEmbed calls found for each catalogued model file that the //go:embed
// directive e of a file in dir embeds (reported at the variable it fills): once per pattern that names one,
// else once per embedded file that is one.
func CheckEmbed(cat *catalog.Catalog, dir string, e Embed, found func(m *catalog.ModelFile, subject string)) {
	for _, pat := range e.Patterns {
		if m := cat.Model(pat); m != nil {
			found(m, "//go:embed "+pat)
			continue
		}
		for _, file := range EmbeddedFiles(dir, pat) {
			if m := cat.Model(file); m != nil {
				found(m, fmt.Sprintf("//go:embed %s (%s)", pat, file))
			}
		}
	}
}
