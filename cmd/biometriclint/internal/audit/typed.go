package audit

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/problems"
	"github.com/biometriclint/biometriclint/internal/load"
)

// TypedEnv is the environment of the go command in typed mode: the local
// toolchain whatever go.mod's toolchain line says, no module proxy (so no
// download and no network), no workspace, no cgo, no VCS stamping, and
// go.mod and go.sum left as they are.
func TypedEnv(modDir string) []string {
	mod := "-mod=readonly"
	if _, err := os.Stat(filepath.Join(modDir, "vendor", "modules.txt")); err == nil {
		mod = "-mod=vendor"
	}
	return append(os.Environ(),
		"GOTOOLCHAIN=local", "GOPROXY=off", "GOWORK=off", "CGO_ENABLED=0",
		"GOFLAGS="+mod+" -buildvcs=false")
}

// typed loads each module of the tree with go/packages and analyses the
// packages that load; it returns the directories it analysed, the others
// are left to the syntax-only passes.
func (a *auditor) typed(rep *output.Report, modRoots []string) map[string]bool {
	done := map[string]bool{}
	for _, m := range modRoots {
		if slices.Contains(strings.Split(m, "/"), "vendor") {
			continue
		}
		modDir := filepath.Join(a.abs, filepath.FromSlash(m))
		if a.cfg.Progress != nil {
			a.cfg.Progress("audit: loading module " + m)
		}
		// With facts, every dependency from source, unlike the typed run
		// (internal/load): loading from export data makes the go command
		// compile the audited tree, whose hostile code can take the
		// compiler minutes (limits_test.go: doubling string constants).
		mode := packages.LoadSyntax | packages.NeedModule
		if slices.ContainsFunc(a.cfg.Analyzers, NeedsFacts) {
			mode = packages.LoadAllSyntax | packages.NeedModule
		}
		pkgs, err := packages.Load(&packages.Config{
			Mode:  mode,
			Dir:   modDir,
			Env:   TypedEnv(modDir),
			Tests: a.tests,
		}, "./...")
		load.NameStdModule(pkgs)
		gomod := filepath.Join(a.root, filepath.FromSlash(m), "go.mod")
		a.toolchainMessages(gomod, err, pkgs)
		if err != nil {
			rep.Problems = append(rep.Problems, &output.Problem{File: gomod, Reason: "module not loaded, analysed by syntax: " + problems.Summary(err.Error())})
			continue
		}
		rep.Problems = append(rep.Problems, a.dependencyCauses(pkgs)...)
		var ok []*packages.Package
		for _, p := range pkgs {
			if load.IsTestMain(p) {
				continue
			}
			if len(p.Syntax) == 0 || p.Types == nil {
				rep.Problems = append(rep.Problems, &output.Problem{Package: p.ID, Reason: "not loaded, analysed by syntax: " + a.errorsOf(p)})
				continue
			}
			if len(p.Errors) > 0 || p.IllTyped {
				rep.Problems = append(rep.Problems, &output.Problem{Package: p.ID, Reason: "does not type-check, unresolved uses found by syntax: " + a.errorsOf(p)})
			}
			ok = append(ok, p)
		}
		if len(ok) == 0 {
			continue
		}
		graph, err := checker.Analyze(a.cfg.Analyzers, ok, nil)
		if err != nil {
			rep.Problems = append(rep.Problems, &output.Problem{File: gomod, Reason: "analysis failed, analysed by syntax: " + err.Error()})
			continue
		}
		for _, p := range ok {
			if rel, err := filepath.Rel(a.abs, p.Dir); err == nil {
				done[filepath.ToSlash(rel)] = true
			}
		}
		// The go command names files absolutely: shown under the audited
		// directory as the syntax-only findings are (display leaves those
		// as they are).
		a.collector.Rename = a.display
		rep.Packages = append(rep.Packages, a.collector.Packages(graph)...)
	}
	return done
}

// toolchainMessages hands the load error and every package error, raw,
// to the configuration's OnToolchainMessage.
func (a *auditor) toolchainMessages(gomod string, err error, pkgs []*packages.Package) {
	tell := a.cfg.OnToolchainMessage
	if tell == nil {
		return
	}
	if err != nil {
		tell(gomod + ": " + err.Error())
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			tell(p.ID + ": " + e.Error())
		}
	})
}

// display names an absolute file of the tree as the syntax-only passes
// do, under the root as given.
func (a *auditor) display(name string) string {
	if rel, err := filepath.Rel(a.abs, name); err == nil && filepath.IsAbs(name) && !strings.HasPrefix(rel, "..") {
		return filepath.Join(a.root, rel)
	}
	return name
}

// errorsOf summarises a package's own errors: the first, with its
// position, and how many more; dependencyCauses lists its dependencies'. "build constraints exclude all Go
// files" errors are left out: the go command reports them or not depending
// on the state of its cache (seen in the sweep: the same tree, two runs,
// two summaries), and the syntax-only passes cover those files anyway.
func (a *auditor) errorsOf(p *packages.Package) string {
	var errs []packages.Error
	for _, e := range p.Errors {
		if !strings.Contains(e.Msg, "build constraints exclude all Go files") {
			errs = append(errs, e)
		}
	}
	if len(errs) == 0 {
		if len(p.Syntax) == 0 {
			return "no files to type-check in this build configuration, or a dependency does not type-check (listed with its cause)"
		}
		return "a dependency does not type-check (listed with its cause)"
	}
	s := problems.Summary(errs[0].Msg)
	if file, pos, ok := strings.Cut(errs[0].Pos, ":"); ok && filepath.IsAbs(file) {
		s = filepath.ToSlash(a.display(file)) + ":" + pos + ": " + s
	}
	if n := len(errs) - 1; n > 0 {
		s += fmt.Sprintf(" (and %d more)", n)
	}
	return s
}

// dependencyCauses lists the root causes in the dependencies of the
// module's packages (a C library, cgo off, a missing module), once each,
// with the packages they affect: the packages' own lines say how they
// were analysed.
func (a *auditor) dependencyCauses(pkgs []*packages.Package) []*output.Problem {
	roots := map[string]bool{}
	for _, p := range pkgs {
		id, _, _ := strings.Cut(p.ID, " [")
		roots[id] = true
	}
	causes, _ := problems.FromPackages(pkgs, a.display)
	return slices.DeleteFunc(causes, func(c *output.Problem) bool { return roots[c.Package] })
}
