package discover

import (
	_ "embed"
	"go/ast"
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

//go:embed doc.go
var doc string

// Analyzer reports possible biometric code the catalog does not cover.
var Analyzer = &analysis.Analyzer{
	Name:             "discover",
	Doc:              analysisutil.MustExtractDoc(doc, "discover"),
	URL:              analysisutil.DocURL("discover"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer, strconst.Analyzer, sdksymbol.Uses},
	ResultType:       reflect.TypeFor[*Result](),
}

// Result is the evidence the analyzer reported in a package, for catalog
// drafts (biometriclint discover).
type Result struct {
	Package string // import path
	Found   []Found
}

// Found is reported evidence and where it is.
type Found struct {
	Position token.Position
	Evidence
}

func run(pass *analysis.Pass) (any, error) {
	cat := config.Catalog(pass)
	pkgPath := ""
	if pass.Pkg != nil { // nil in golangci-lint's syntax load mode
		pkgPath = pass.Pkg.Path()
	}
	res := &Result{Package: pkgPath}
	if cataloguedPackage(cat, strings.TrimSuffix(pkgPath, "_test")) {
		return res, nil // a catalogued package's own code
	}
	// Files that name no face, emotion or voice stem yield no evidence
	// (prefilter.go): most packages have none, and stop here.
	var scan []*strconst.File
	var all []*ast.File
	strconst.EachFile(pass, func(f *strconst.File) {
		all = append(all, f.Syntax)
		var src []byte
		tf := pass.Fset.File(f.Syntax.Pos())
		if tf != nil && pass.ReadFile != nil {
			src, _ = pass.ReadFile(tf.Name())
		}
		decls := func() [][2]int {
			if tf == nil || tf.Size() != len(src) {
				return nil
			}
			return declRanges(tf, f.Syntax)
		}
		var comments [][2]int
		if tf != nil && tf.Size() == len(src) {
			comments = commentRanges(tf, f.Syntax)
		}
		if mayHaveEvidence(src, comments, decls, f.Named) {
			scan = append(scan, f)
		}
	})
	if len(scan) == 0 {
		return res, nil
	}
	for _, e := range cat.Entries {
		if analysisutil.InEntryModule(pass, e) {
			return res, nil // a catalogued SDK's own code
		}
	}
	s := newScanner(cat, endpoint.MatcherOf(pass), cgolib.MatcherOf(pass))
	s.PkgPath = pkgPath
	s.Prepare(all)
	covered := coveredFiles(pass, cat)
	for _, f := range scan {
		// A file where the catalogued analyzers find a vendor's use is
		// theirs to report: its names of faces speak of that vendor.
		if !covered[f.Syntax] {
			// The scanner reads names of operations in strings too
			// ("detect_face"): all of them, not only Named.
			s.File(f.Folder, f.Syntax, f.Folder.Strings(f.Syntax, f.Syntax), f.Note)
		}
	}
	evs := s.Finish(pass.Fset)
	for _, g := range groupBySubject(evs) {
		report(pass, g[0], g[1:]...)
	}
	for _, ev := range evs {
		res.Found = append(res.Found, Found{pass.Fset.Position(ev.pos()), ev})
	}
	return res, nil
}

// commentRanges returns the byte ranges of f's comments, in order, but
// for the cgo preamble, which the scanner reads; nil when the syntax does
// not fit the file.
func commentRanges(tf *token.File, f *ast.File) [][2]int {
	_, preamble, _ := cgolib.Preamble(f)
	ranges := make([][2]int, 0, len(f.Comments))
	for _, cg := range f.Comments {
		start, end := cg.Pos(), cg.End()
		if !start.IsValid() || int(start) < tf.Base() || int(end) > tf.Base()+tf.Size() {
			return nil
		}
		if start == preamble {
			continue
		}
		ranges = append(ranges, [2]int{tf.Offset(start), tf.Offset(end)})
	}
	return ranges
}

// declRanges returns the byte ranges of f's top-level declarations, their
// doc comments (a cgo preamble) included, in order.
func declRanges(tf *token.File, f *ast.File) [][2]int {
	ranges := make([][2]int, 0, len(f.Decls))
	for _, d := range f.Decls {
		start, end := d.Pos(), d.End()
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		case *ast.FuncDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		}
		if !start.IsValid() || !end.IsValid() || int(start) < tf.Base() || int(end) > tf.Base()+tf.Size() {
			return nil // damaged syntax: the whole file counts
		}
		ranges = append(ranges, [2]int{tf.Offset(start), tf.Offset(end)})
	}
	return ranges
}

// groupBySubject makes one finding of the evidence a package repeats: the
// same name or string ("retinaface" in every test of a client) is one
// capability, found first where it first occurs; its other occurrences
// are that finding's supporting evidence.
func groupBySubject(evs []Evidence) [][]Evidence {
	var groups [][]Evidence
	index := map[string]int{}
	for _, ev := range evs {
		k := string(ev.Category) + "\x00" + ev.Subject
		if i, ok := index[k]; ok {
			groups[i] = append(groups[i], ev)
			continue
		}
		index[k] = len(groups)
		groups = append(groups, []Evidence{ev})
	}
	return groups
}

// coveredFiles returns the files that import a package that exists only
// for biometrics, or hold a catalogued symbol's finding (sdksymbol.Uses):
// a multi-purpose package imported for other things (gocv reading images)
// covers nothing.
func coveredFiles(pass *analysis.Pass, cat *catalog.Catalog) map[*ast.File]bool {
	covered := map[*ast.File]bool{}
	fileOf := func(pos token.Pos) *ast.File {
		for _, f := range pass.Files {
			if f.FileStart <= pos && pos <= f.FileEnd {
				return f
			}
		}
		return nil
	}
	for _, f := range pass.Files {
		for _, imp := range match.Imports(cat, f).All {
			if imp.Package.Dedicated {
				covered[f] = true
			}
		}
	}
	for _, u := range sdksymbol.ResultOf(pass).Findings {
		if f := fileOf(u.Node.Pos()); f != nil {
			covered[f] = true
		}
	}
	return covered
}

// cataloguedPackage reports whether path is a catalogued package: its
// import path, or, for a tree audited without a go.mod (packages named by
// their directory, services/cognitiveservices/v1.0/face), the end of one,
// of two elements at least.
func cataloguedPackage(cat *catalog.Catalog, path string) bool {
	if cat.Package(path) != nil {
		return true
	}
	if !strings.Contains(path, "/") {
		return false // one element ("face") says too little
	}
	suffix := "/" + path
	for _, p := range cat.Packages() {
		if strings.HasSuffix(p.Path, suffix) {
			return true
		}
		for _, a := range p.Aliases {
			if strings.HasSuffix(a, suffix) {
				return true
			}
		}
	}
	return false
}
