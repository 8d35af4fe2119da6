package modrequire

import (
	_ "embed"
	"fmt"
	"go/build"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/emit"
	"github.com/biometriclint/biometriclint/internal/readlimit"
	"github.com/biometriclint/biometriclint/internal/workdir"
)

//go:embed doc.go
var doc string

// Analyzer reports requirements of biometric modules in go.mod and vendor/modules.txt.
var Analyzer = &analysis.Analyzer{
	Name:             "modrequire",
	Doc:              analysisutil.MustExtractDoc(doc, "modrequire"),
	URL:              analysisutil.DocURL("modrequire"),
	Run:              run,
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{config.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	dir := packageDir(pass)
	if dir == "" || pass.Module == nil {
		return nil, nil
	}
	gomod := pass.Module.GoMod
	if gomod == "" {
		gomod = findGoMod(dir)
	}
	if gomod == "" || Reporter(filepath.Dir(gomod)) != dir {
		return nil, nil
	}
	cat := config.Catalog(pass)
	data, err := readlimit.ReadFile(gomod)
	if err != nil {
		return nil, err
	}
	reqs, err := GoModRequirements(gomod, data)
	if err != nil {
		return nil, err
	}
	required := map[string]bool{}
	for _, r := range reqs {
		required[r.Path] = true
	}
	report(pass, gomod, data, reqs, cat, "")
	vendor := filepath.Join(filepath.Dir(gomod), "vendor", "modules.txt")
	if data, err := readlimit.ReadFile(vendor); err == nil {
		var extra []Requirement
		for _, r := range VendorRequirements(data) {
			if !required[r.Path] {
				extra = append(extra, r)
			}
		}
		report(pass, vendor, data, extra, cat, "vendored")
	}
	return nil, nil
}

// report reports the requirements of modules that exist for biometrics
// (catalog.Catalog.Module decides), at their line of the file name (whose
// content is data).
func report(pass *analysis.Pass, name string, data []byte, reqs []Requirement, cat *catalog.Catalog, how string) {
	var tf *token.File
	for _, r := range reqs {
		mod := cat.Module(r.Path)
		if mod == nil || !mod.Dedicated {
			continue
		}
		if tf == nil {
			tf = pass.Fset.AddFile(name, -1, len(data))
			tf.SetLinesForContent(data)
		}
		kind := "direct"
		if r.Indirect {
			kind = "indirect"
		}
		if how != "" {
			kind = how + ", " + kind
		}
		subject := fmt.Sprintf("requirement %s %s (%s)", r.Path, r.Version, kind)
		emit.Finding(pass, rangeOf{tf.Pos(r.Start), tf.Pos(r.End)}, finding.ForEvidence(finding.Requirement, mod.Entry, mod.Category, subject, mod.What()))
	}
}

type rangeOf struct{ pos, end token.Pos }

func (r rangeOf) Pos() token.Pos { return r.pos }
func (r rangeOf) End() token.Pos { return r.end }

// packageDir returns the directory of the package's Go files, "" for a
// test variant (the package without its tests reports) or no files.
func packageDir(pass *analysis.Pass) string {
	dir := ""
	for _, f := range pass.Files {
		name := pass.Fset.Position(f.Package).Filename
		if strings.HasSuffix(name, "_test.go") {
			return ""
		}
		if dir == "" && strings.HasSuffix(name, ".go") {
			dir = filepath.Dir(name)
		}
	}
	for _, name := range pass.IgnoredFiles {
		if dir == "" && strings.HasSuffix(name, ".go") {
			dir = filepath.Dir(name)
		}
	}
	return dir
}

// findGoMod returns the go.mod file of the module that contains dir, for
// drivers that do not name it (go vet).
func findGoMod(dir string) string {
	for d := dir; ; {
		if name := filepath.Join(d, "go.mod"); fileExists(name) {
			return name
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

func fileExists(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}

// builds reports whether the go command builds the Go file name in the
// environment of this run (GOOS, GOARCH, cgo, build tags).
func builds(name string) bool {
	ok, err := build.Default.MatchFile(filepath.Dir(name), filepath.Base(name))
	return ok && err == nil
}

var reporters sync.Map // module directory → reporting package directory

// Reporter returns the directory of the package that reports a module's
// requirements: the first directory of the module, in lexical order of
// the walk from its root, that holds a non-test Go file. Directories the
// go command ignores (testdata, vendor, names starting with . or _),
// nested modules and files the build excludes are skipped. The choice depends only on the files, so
// every driver and every package of a run agree on it.
func Reporter(modDir string) string {
	if d, ok := reporters.Load(modDir); ok {
		return d.(string)
	}
	first := ""
	_ = workdir.WalkDir(modDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || first != "" {
			return filepath.SkipAll
		}
		if d.IsDir() {
			name := d.Name()
			if p != modDir && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || fileExists(filepath.Join(p, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") && d.Type().IsRegular() && builds(p) {
			first = filepath.Dir(p)
			return filepath.SkipAll
		}
		return nil
	})
	reporters.Store(modDir, first)
	return first
}
