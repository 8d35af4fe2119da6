package sdksymbol

import (
	_ "embed"
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/ignored"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/analyzers/internal/lazyinspect"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/internal/valueflow"
)

//go:embed doc.go
var doc string

// Analyzer reports uses of catalogued biometric symbols, one finding per
// capability use (see group.go).
var Analyzer = &analysis.Analyzer{
	Name:             "sdksymbol",
	Doc:              analysisutil.MustExtractDoc(doc, "sdksymbol"),
	URL:              analysisutil.DocURL("sdksymbol"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer, Uses},
	// The result is Uses' own, for drivers: its Unresolved loaders go to
	// the report's inventory.
	ResultType: reflect.TypeFor[*Result](),
}

// Uses finds the uses of catalogued symbols of a package and classifies
// them, without reporting: sdksymbol reports them, indirect follows them
// up through wrappers with their refined categories, and modelfile leaves
// out the model names a loader's finding already names.
var Uses = &analysis.Analyzer{
	Name:             "sdkuses",
	Doc:              "finds and classifies the uses of catalogued SDK symbols (internal to biometriclint)",
	Run:              runUses,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer, lazyinspect.Analyzer, ignored.Analyzer},
	ResultType:       reflect.TypeFor[*Result](),
}

// Result is what Uses found in a package.
type Result struct {
	// Findings are the findings, each primary with its supporting
	// evidence, in source order.
	Findings []*Use
	// ByNode gives the finding of every use that is one, supporting
	// evidence included, by the node it was found at: indirect reads the
	// category of a wrapped call from it. A use that is not a finding (a
	// cascade for licence plates, a loader whose model is unknown) is not
	// in it.
	ByNode map[ast.Node]*finding.Finding
	// ModelArgs are the arguments of loader calls whose model file
	// decided their category: the finding names the model already.
	ModelArgs []ast.Expr
	// Unresolved are the generic loaders whose model could not be
	// determined and that nothing nearby shows to be biometric: the
	// report's inventory, not findings.
	Unresolved []*Use
}

// Use is a finding of a use and the node it was found at.
type Use struct {
	Node    ast.Node
	Finding finding.Finding
	fn      ast.Node // the enclosing function: the scope of grouping
	// typed: the type checker resolved the use, so its kind (a type, a
	// constant) is known, not guessed from its name.
	typed bool
}

// ResultOf returns the Uses result of pass, whose analyzer requires Uses
// (or its bound copy).
func ResultOf(pass *analysis.Pass) *Result {
	for _, r := range pass.ResultOf {
		if res, ok := r.(*Result); ok {
			return res
		}
	}
	return &Result{}
}

func run(pass *analysis.Pass) (any, error) {
	res := ResultOf(pass)
	for _, u := range res.Findings {
		emit.Finding(pass, u.Node, u.Finding)
	}
	return res, nil
}

const (
	noteUnresolved = "resolved from the file's imports: the package or a dependency does not type-check"
	noteExcluded   = "resolved from the file's imports, in a file excluded by the build: "
	noteSyntaxOnly = "resolved from the file's imports, without type information"
)

func runUses(pass *analysis.Pass) (any, error) {
	res := &Result{ByNode: map[ast.Node]*finding.Finding{}}
	excluded := pass.ResultOf[ignored.Analyzer].(*ignored.Result).Files
	catalogued := config.HasPackage(pass)
	reaches := match.Reaches(catalogued, pass.Pkg, pass.Files)
	if !reaches && !slices.ContainsFunc(excluded, func(f *ignored.File) bool { return match.Reaches(catalogued, nil, []*ast.File{f.Syntax}) }) {
		// No file imports a catalogued package, directly or not: most of
		// a program's dependencies (go vet runs indirect, which needs
		// this result, on every one) stop here, without the catalog.
		return res, nil
	}
	cat := config.Catalog(pass)
	objs := match.NewObjects(cat)
	// What the package declares, in every file of it, is never claimed by
	// a method name.
	files := slices.Clone(pass.Files)
	for _, f := range excluded {
		files = append(files, f.Syntax)
	}
	declared := match.DeclaredIn(cat, files...)
	if reaches {
		// Without type information (the syntax-only audit), every use is
		// resolved through the file's imports.
		note := noteUnresolved
		if pass.TypesInfo == nil {
			note = noteSyntaxOnly
		}
		for file := range lazyinspect.Of(pass).Root().Children() {
			f := file.Node().(*ast.File)
			fi := match.Imports(cat, f)
			fi.SetDeclared(declared)
			res.add(check(pass, cat, file, fi, objs, pass.TypesInfo, note))
		}
	}
	for _, f := range excluded {
		fi := match.Imports(cat, f.Syntax)
		if fi.Empty() {
			continue
		}
		fi.SetDeclared(declared)
		res.add(check(pass, cat, inspector.New([]*ast.File{f.Syntax}).Root(), fi, objs, nil, noteExcluded+f.Reason))
	}
	res.promote(pass)
	res.attachStrays()
	return res, nil
}

// attachStrays makes the type references and constructors that no act in
// their function explains (a struct field of the SDK's client type, a
// constructor in New) supporting evidence of the package's first act of
// the same entry (in a package without one, of the first of them): alone
// they say no more than the act does. Fields and
// constants (reading emotions from a response obtained elsewhere) still
// stand alone, and so does a name that could be either, without types.
func (res *Result) attachStrays() {
	first := map[*catalog.Entry]*Use{}
	for _, u := range res.Findings {
		if u.Finding.Kind.Primary() && first[u.Finding.Entry] == nil {
			first[u.Finding.Entry] = u
		}
	}
	kept := res.Findings[:0]
	for _, u := range res.Findings {
		k := u.Finding.Kind
		if k == finding.TypeRef && u.typed || k == finding.Constructor {
			p := first[u.Finding.Entry]
			if p == nil {
				// No act of the entry in the package: its first stray
				// stands for the others.
				first[u.Finding.Entry] = u
				kept = append(kept, u)
				continue
			}
			p.Finding.Support(u.Node, u.Finding.AsEvidence())
			p.Finding.Supporting = append(p.Finding.Supporting, u.Finding.Supporting...)
			continue
		}
		kept = append(kept, u)
	}
	res.Findings = kept
}

// promote makes findings of the unresolved loaders that have positive
// evidence of biometrics nearby: other findings in the package, or a
// function or file named for faces, emotions or voices. "Possible" needs
// evidence; without it a generic loader is inventory, not a finding.
func (res *Result) promote(pass *analysis.Pass) {
	keep := res.Unresolved[:0]
	for _, u := range res.Unresolved {
		why := ""
		switch {
		case len(res.Findings) > 0:
			why = "the package has other biometric findings"
		case biometricName(funcName(u.fn)):
			why = "it is loaded in " + funcName(u.fn)
		case biometricName(filepath.Base(pass.Fset.Position(u.Node.Pos()).Filename)):
			why = "it is loaded in " + filepath.Base(pass.Fset.Position(u.Node.Pos()).Filename)
		}
		if why == "" {
			u.Finding.Pos = pass.Fset.Position(u.Node.Pos())
			u.Finding.End = pass.Fset.Position(u.Node.End())
			keep = append(keep, u)
			continue
		}
		u.Finding.Decided += "; " + why
		res.Findings = append(res.Findings, u)
		res.ByNode[u.Node] = &u.Finding
	}
	res.Unresolved = keep
	// By file name, then offset (analysisutil.ComparePos): attachStrays
	// gives a stray to the first act of its entry.
	slices.SortStableFunc(res.Findings, func(a, b *Use) int { return analysisutil.ComparePos(pass.Fset, a.Node.Pos(), b.Node.Pos()) })
}

func funcName(fn ast.Node) string {
	if d, ok := fn.(*ast.FuncDecl); ok {
		return d.Name.Name
	}
	return ""
}

// biometricName reports whether a name speaks of faces, emotions or
// voice identity: FaceDetector, detect_emotion.go, speakerID.
func biometricName(name string) bool {
	name = strings.ToLower(name)
	for _, w := range []string{"face", "emotion", "expression", "speaker", "voiceprint", "biometric"} {
		if i := strings.Index(name, w); i >= 0 && !strings.Contains(name, "interface") && !strings.Contains(name, "surface") && !strings.Contains(name, "typeface") {
			return true
		}
	}
	return false
}

// add groups the uses of one file into findings.
func (res *Result) add(c checked) {
	res.ModelArgs = append(res.ModelArgs, c.modelArgs...)
	res.Unresolved = append(res.Unresolved, c.unresolved...)
	for _, u := range group(c.uses) {
		res.Findings = append(res.Findings, u)
		res.ByNode[u.Node] = &u.Finding
	}
	for _, u := range c.uses {
		if _, ok := res.ByNode[u.Node]; !ok {
			res.ByNode[u.Node] = &u.Finding // supporting: its own category, for indirect
		}
	}
}

type checked struct {
	uses       []*Use
	modelArgs  []ast.Expr
	unresolved []*Use
}

func check(pass *analysis.Pass, cat *catalog.Catalog, file inspector.Cursor, fi *match.FileImports, objs *match.Objects, info *types.Info, syntaxNote string) checked {
	var flow *valueflow.Flow
	var out checked
	match.Uses(file, fi, objs, info, func(u match.Use) {
		if analysisutil.InEntryModule(pass, u.Symbol.Package.Entry) {
			return
		}
		fd := finding.ForSymbol(u.Symbol)
		fd.Kind = kindOf(info, u)
		if u.FromSyntax || info == nil {
			fd.Note = syntaxNote
		}
		if u.ByMethodName {
			fd.Note += "; matched by method name, the receiver's type being unknown"
		}
		if u.ByMirror {
			fd.Note += "; called through an interface of the package that mirrors the SDK's method"
		}
		if len(u.Symbol.Refine) > 0 {
			if flow == nil {
				// A file the build excludes is not among pass.Files: its
				// own declarations count too.
				files := pass.Files
				if f := syntaxOf(file); f != nil && !slices.Contains(files, f) {
					files = append(slices.Clip(files), f)
				}
				flow = valueflow.New(info, files)
				flow.SetFresh(func(info *types.Info, call *ast.CallExpr) bool { return freshRequest(cat, info, call) })
			}
			if !refine(cat, flow, info, u, &fd) {
				return
			}
			if fd.Kind == finding.Call && u.Call != nil && modelRefined(u.Symbol) {
				fd.Kind = finding.Model
				if fd.Certainty == finding.Refined {
					out.modelArgs = append(out.modelArgs, u.Call.Args...)
				}
			}
		}
		if fd.Kind == finding.Call && u.Call != nil && fd.Certainty != finding.Possible {
			// gocv.NewFaceRecognizerSF("face_recognition_sface_2021dec.onnx"):
			// the model named in the call is its supporting evidence, not a
			// finding of its own.
			for _, arg := range u.Call.Args {
				for _, name := range namedModels(cat, arg) {
					m := cat.Model(name)
					fd.Support(arg, finding.Evidence{Kind: finding.Model, Category: m.Category, Subject: strconv.Quote(name), What: m.What})
					out.modelArgs = append(out.modelArgs, arg)
				}
			}
		}
		use := &Use{Node: u.Node, Finding: fd, fn: u.Func, typed: info != nil && !u.FromSyntax}
		if fd.Certainty == finding.Possible {
			out.unresolved = append(out.unresolved, use)
			return
		}
		out.uses = append(out.uses, use)
	})
	return out
}

// modelRefined reports whether the symbol's category follows the model
// file it loads.
func modelRefined(s *catalog.Symbol) bool {
	for _, r := range s.Refine {
		if r.Models {
			return true
		}
	}
	return false
}

// syntaxOf returns the file at cursor c, or the first file under it (the
// root of an inspector over one excluded file).
func syntaxOf(c inspector.Cursor) *ast.File {
	if f, ok := c.Node().(*ast.File); ok {
		return f
	}
	for child := range c.Children() {
		if f, ok := child.Node().(*ast.File); ok {
			return f
		}
	}
	return nil
}
