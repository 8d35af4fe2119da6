package audit

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/inventory"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/internal/readlimit"
)

// Config says what to audit and how.
type Config struct {
	Dir       string // the tree; positions are printed under this name
	Analyzers []*analysis.Analyzer
	// Bound is the configuration Analyzers are bound to (config.Bind;
	// nil: the default one). Its catalog, the one the analyzers match, is
	// the inventory's (go.mod, go.sum and vendor/modules.txt); Run tells
	// it the files of the directories it walks (config.Config.Listed),
	// which the analyzers need not read again.
	Bound *config.Config
	Tests bool // include _test.go files
	Typed bool // load modules with go/packages first
	// Progress, when set, is told of each directory as its results are
	// reported, in the order of the walk.
	Progress func(msg string)
	// OnResult, when set, is given every analyzer's result of every package.
	OnResult func(a *analysis.Analyzer, result any)
	// Record, when set, returns the record of a diagnostic (see
	// output.Collector).
	Record func(pkg *types.Package, analyzer string, pos token.Position, message string) *finding.Finding
	// OnToolchainMessage, when set, is given every message of the go
	// command and the type checker in typed mode, unabridged (for -v).
	OnToolchainMessage func(msg string)
}

type auditor struct {
	cfg       *Config
	root, abs string
	tests     bool
	fset      *token.FileSet
	sourcesMu sync.Mutex
	sources   map[string][]byte // by file name as positions print it
	kept      int               // the bytes in sources
	mods      *modules
	collector *output.Collector
}

// Run audits the tree and returns the report and the collector that made
// its findings (for findings recorded later), or an error if the tree
// cannot be read at all.
func Run(cfg *Config) (*output.Report, *output.Collector, error) {
	root := filepath.Clean(cfg.Dir)
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, nil, err
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, nil, err
	} else if !fi.IsDir() {
		return nil, nil, fmt.Errorf("%s is not a directory", cfg.Dir)
	}
	a := &auditor{
		cfg: cfg, root: root, abs: abs, tests: cfg.Tests,
		fset:    token.NewFileSet(),
		sources: map[string][]byte{},
		mods:    &modules{paths: map[string]string{}, roots: map[string]bool{}},
	}
	a.collector = &output.Collector{ReadFile: func(name string) ([]byte, error) {
		if src, ok := a.source(name); ok {
			return src, nil
		}
		return readlimit.ReadFile(a.absName(name))
	}, OnResult: cfg.OnResult, Record: cfg.Record}
	rep := &output.Report{Command: "audit", Root: root, Provenance: &output.Provenance{}}

	dirs, modRoots, links, err := walk(abs)
	if err != nil {
		return nil, nil, err
	}
	for _, p := range links {
		p.File = filepath.Join(root, p.File) // as the other problems name files
		rep.Problems = append(rep.Problems, p)
	}
	if cfg.Bound != nil {
		cfg.Bound.Listed = listing(root, abs, dirs)
	}
	if len(dirs) == 0 {
		// Nothing analysed is not a pass: a wrong directory, an archive
		// not unpacked, a repository not cloned.
		rep.Problems = append(rep.Problems, &output.Problem{Package: root, Reason: "no Go files to audit (directories named testdata or starting with . or _ are skipped): check the directory"})
	}
	var modDirs []string
	for _, m := range modRoots {
		a.mods.roots[m] = true
		gomod := filepath.Join(root, filepath.FromSlash(m), "go.mod")
		modDirs = append(modDirs, filepath.Dir(gomod))
		data, err := readlimit.ReadFile(a.absName(gomod))
		if err != nil {
			rep.Problems = append(rep.Problems, &output.Problem{File: gomod, Reason: err.Error()})
			continue
		}
		// The module path only: the go and toolchain lines mean nothing
		// to a syntax-only audit, and nothing is downloaded.
		a.mods.paths[m] = modfile.ModulePath(data)
		rep.Provenance.Modules = append(rep.Provenance.Modules, output.ScannedModule{Path: a.mods.paths[m], Dir: filepath.ToSlash(filepath.Dir(gomod))})
		if a.mods.paths[m] == "" {
			rep.Problems = append(rep.Problems, &output.Problem{File: gomod, Reason: "no module line; directories below it are named by their path"})
		}
	}

	var syntaxAnalyzers []*analysis.Analyzer
	for _, an := range cfg.Analyzers {
		if NeedsFacts(an) && !cfg.Typed {
			rep.Skipped = append(rep.Skipped, &output.Skipped{Analyzer: an.Name, Reason: "it needs facts from type-checked dependencies, which a syntax-only audit does not have (use -typed)"})
			continue
		}
		syntaxAnalyzers = append(syntaxAnalyzers, an)
	}

	typedDirs := map[string]bool{}
	if cfg.Typed {
		typedDirs = a.typed(rep, modRoots)
	}
	for _, an := range cfg.Analyzers {
		if NeedsFacts(an) && cfg.Typed {
			// Fallback packages have no facts either.
			syntaxAnalyzers = removeAnalyzer(syntaxAnalyzers, an)
		}
	}
	var todo []*dir
	for _, d := range dirs {
		if !typedDirs[d.Rel] {
			todo = append(todo, d)
		}
	}
	pl := newPlan(syntaxAnalyzers)
	a.eachDir(todo, pl, func(i int, d *dir, r *dirResult) {
		if cfg.Progress != nil {
			cfg.Progress(fmt.Sprintf("audit: %d/%d %s", i+1, len(todo), d.Rel))
		}
		rep.Problems = append(rep.Problems, r.problems...)
		for _, p := range r.pkgs {
			if cfg.Typed {
				rep.Problems = append(rep.Problems, &output.Problem{Package: p.id, Reason: "analysed by syntax: not loaded with types"})
			}
			rep.Packages = append(rep.Packages, a.report(p, pl))
		}
		a.forgetSources(d)
	})

	mods, problems := inventory.Modules(cfg.Bound.CatalogOrDefault(), modDirs)
	rep.Modules = mods
	rep.Problems = append(rep.Problems, problems...)
	inventory.MarkUsed(rep.Modules, rep.Findings())
	rep.Sort()
	return rep, a.collector, nil
}

// keepSource keeps the source of a file, for the analyzers and the report.
func (a *auditor) keepSource(name string, src []byte) {
	a.sourcesMu.Lock()
	a.sources[name] = src
	a.kept += len(src)
	a.sourcesMu.Unlock()
}

// keptSources is how many bytes of sources the audit keeps to the end of
// the run; a variable for the tests.
var keptSources = 256 << 20

// forgetSources lets go of the sources of d's files, once its packages are
// in the report, when the sources kept are over keptSources: the memory of
// the audit of a large tree then follows the directories in flight, not
// the size of the tree. Under it, they are kept: a smaller heap makes the
// collector run more often (letting them go took an audit of x/tools 7 %
// more CPU). The collector keeps the lines of the files with findings; a
// finding recorded later (one the policy suppressed) reads its file again,
// as the default run reads every file.
func (a *auditor) forgetSources(d *dir) {
	a.sourcesMu.Lock()
	defer a.sourcesMu.Unlock()
	if a.kept <= keptSources {
		return
	}
	for _, base := range d.GoFiles {
		name := filepath.Join(a.dirName(d), base)
		a.kept -= len(a.sources[name])
		delete(a.sources, name)
	}
}

// source returns the source of a file the audit parsed.
func (a *auditor) source(name string) ([]byte, bool) {
	a.sourcesMu.Lock()
	defer a.sourcesMu.Unlock()
	src, ok := a.sources[name]
	return src, ok
}

// absName turns a name under the root, as positions print it, into an
// absolute file name.
func (a *auditor) absName(name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	rel, err := filepath.Rel(a.root, name)
	if err != nil || strings.HasPrefix(rel, "..") {
		return name
	}
	return filepath.Join(a.abs, rel)
}

func removeAnalyzer(list []*analysis.Analyzer, an *analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, x := range list {
		if x != an {
			out = append(out, x)
		}
	}
	return out
}
