package main

import (
	"crypto/rand"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// tools are the binaries and configurations the variants run.
type tools struct {
	biometriclint string // built from this tree
	before        string // -before: a biometriclint built from another commit
	gcl           string // custom golangci-lint with the plugin (scripts/setup.d/40-golangci.sh)
	peersConf     string // depguard + forbidigo (peerconf.Peers)
	pluginConf    string // the plugin with its syntax-only analyzers (peerconf.Plugin)
	pluginAllConf string // the plugin with every analyzer, indirect included
	gclCache      string // GOLANGCI_LINT_CACHE, emptied before each golangci-lint run; with -warm for the warm variants, emptied once
	out           string // directory for the variants' reports
	vetRuns       int    // the vet tools made so far (newVetTool)
	vetNonce      string // random, the same for every vet tool of one run of the harness (newVetTool)
}

// variant is one way of linting a target.
type variant struct {
	name, desc string
	golangci   bool // runs golangci-lint: its analysis cache is emptied first, unless warm
	// warm keeps golangci-lint's cache from one run to the next, in a
	// directory of the variant's own: the untimed warm-up fills it.
	warm bool
	// vet runs go vet with a vet tool new to the build cache (newVetTool):
	// the go command keeps vet's results there, under the tool's identity,
	// and a second run with the same tool would replay them.
	vet    bool
	okExit []int
	args   func(t *tools, vettool string) []string // the command line, run in the target
}

// offAll turns every analyzer of the suite off, leaving the driver alone.
func offAll() []string {
	var args []string
	for _, a := range suite.Analyzers() {
		args = append(args, "-"+a.Name+"=false")
	}
	return args
}

// The variants. Tests are left out everywhere (-test=false, run.tests:
// false) to keep the number of packages the same for every tool.
var variants = []variant{
	{
		name: "floor",
		desc: "biometriclint with every analyzer switched off: the same binary, flags, go/packages load (LoadSyntax: the roots from source, type-checked, their dependencies from export data) and report, without analysis",
		// biometriclint exits 0 when clean, 1 when ./... leaves out
		// directories whose every file the build excludes (std has some);
		// it never has findings here.
		okExit: []int{1},
		args: func(t *tools, _ string) []string {
			return append(append([]string{t.biometriclint}, offAll()...), "-test=false", "-o", filepath.Join(t.out, "floor.txt"), "./...")
		},
	},
	{
		name:   "typed",
		desc:   "biometriclint -indirect=false: every analyzer but indirect, on the same load as the floor",
		okExit: []int{1, 3},
		args: func(t *tools, _ string) []string {
			return []string{t.biometriclint, "-indirect=false", "-test=false", "-o", filepath.Join(t.out, "typed.txt"), "./..."}
		},
	},
	{
		name:   "typed+indirect",
		desc:   "biometriclint as installed (indirect on: object facts; the floor's load, then a second load with the dependencies where facts can arise, if any is not from source yet, and the checker runs indirect on those alone)",
		okExit: []int{1, 3},
		args: func(t *tools, _ string) []string {
			return []string{t.biometriclint, "-test=false", "-o", filepath.Join(t.out, "typed-indirect.txt"), "./..."}
		},
	},
	{
		name:   "before",
		desc:   "the binary given with -before (biometriclint built from another commit, e.g. the one before a change), as installed: typed+indirect's command",
		okExit: []int{1, 3},
		args: func(t *tools, _ string) []string {
			return []string{t.before, "-test=false", "-o", filepath.Join(t.out, "before.txt"), "./..."}
		},
	},
	{
		name:   "audit",
		desc:   "biometriclint audit: syntax only, every .go file whatever its build constraints, no go command",
		okExit: []int{1, 3},
		args: func(t *tools, _ string) []string {
			return []string{t.biometriclint, "audit", "-test=false", "-o", filepath.Join(t.out, "audit.txt"), "."}
		},
	},
	{
		name: "audit-floor",
		desc: "biometriclint audit with every analyzer switched off: the same walk of the tree, parse of every .go file, go.mod reading and report, without analysis (the audit's parse floor)",
		// exits 0, or 1 when something could not be parsed
		okExit: []int{1},
		args: func(t *tools, _ string) []string {
			return append(append([]string{t.biometriclint, "audit"}, offAll()...), "-test=false", "-o", filepath.Join(t.out, "audit-floor.txt"), ".")
		},
	},
	{
		name: "vet-floor",
		desc: "go vet -vettool=biometriclint with every analyzer switched off: the go command runs the tool once for every package and, for facts, every dependency, each type-checked from its dependencies' export data, without analysis (go vet has no -test=false: test files are in)",
		vet:  true,
		args: func(t *tools, vettool string) []string {
			return append(append([]string{"go", "vet", "-vettool=" + vettool}, offAll()...), "./...")
		},
	},
	{
		name: "vet",
		desc: "go vet -vettool=biometriclint, every analyzer on: vet-floor's command with analysis, indirect's facts carried in vet's fact files",
		vet:  true,
		// go vet exits 1 when the tool reports findings (sdk has some)
		okExit: []int{1},
		args: func(t *tools, vettool string) []string {
			return []string{"go", "vet", "-vettool=" + vettool, "./..."}
		},
	},
	{
		name:     "depguard+forbidigo",
		desc:     "golangci-lint with depguard denying the catalogued dedicated packages and forbidigo (analyze-types) forbidding the catalogued symbols",
		golangci: true,
		okExit:   []int{1},
		args: func(t *tools, _ string) []string {
			return []string{t.gcl, "run", "-c", t.peersConf, "--output.text.path", filepath.Join(t.out, "peers.txt"), "./..."}
		},
	},
	{
		name:     "plugin-syntax",
		desc:     "golangci-lint with biometriclint's module plugin, syntax-only analyzers (sdkimport, cgolib, modrequire): golangci's syntax load mode",
		golangci: true,
		okExit:   []int{1},
		args: func(t *tools, _ string) []string {
			return []string{t.gcl, "run", "-c", t.pluginConf, "--output.text.path", filepath.Join(t.out, "plugin-syntax.txt"), "./..."}
		},
	},
	{
		name:     "plugin-indirect",
		desc:     "golangci-lint with biometriclint's module plugin, every analyzer on, indirect included: golangci-lint's types load mode and its own handling of facts",
		golangci: true,
		okExit:   []int{1},
		args: func(t *tools, _ string) []string {
			return []string{t.gcl, "run", "-c", t.pluginAllConf, "--output.text.path", filepath.Join(t.out, "plugin-indirect.txt"), "./..."}
		},
	},
	{
		name:     "plugin-indirect-warm",
		desc:     "plugin-indirect again on the same code with golangci-lint's cache of the run before (facts and findings): a second run, as in CI with the cache restored",
		golangci: true,
		warm:     true,
		okExit:   []int{1},
		args: func(t *tools, _ string) []string {
			return []string{t.gcl, "run", "-c", t.pluginAllConf, "--output.text.path", filepath.Join(t.out, "plugin-indirect-warm.txt"), "./..."}
		},
	},
}

// command returns the command of v on the target in dir.
func (v *variant) command(t *tools, dir string) (*exec.Cmd, error) {
	cache := t.gclCache
	if v.warm {
		cache += "-warm"
	} else if v.golangci {
		if err := os.RemoveAll(cache); err != nil {
			return nil, err
		}
	}
	var vettool string
	if v.vet {
		var err error
		if vettool, err = t.newVetTool(); err != nil {
			return nil, err
		}
	}
	args := v.args(t, vettool)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	// No network while measuring: prepare fetched everything.
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache, "GOPROXY=off", "GOWORK=off")
	return cmd, nil
}

// newVetTool returns a copy of biometriclint that the go command sees as a
// vet tool it has not run before: the copy ends with bytes of its own, and
// go vet names a tool by the hash of its file (-V=full). Every run of a vet
// variant then vets every package and dependency, as the first go vet after
// an upgrade of the tool does, with the build cache (export data) warm.
// The bytes hold a random part, drawn once a run: numbered alone, the
// tools of a second run of the harness were the first's, whose results
// the build cache held, and its vet runs took a tenth of the time.
func (t *tools) newVetTool() (string, error) {
	bin, err := os.ReadFile(t.biometriclint)
	if err != nil {
		return "", err
	}
	if t.vetNonce == "" {
		t.vetNonce = rand.Text()
	}
	t.vetRuns++
	path := filepath.Join(t.out, "vettool")
	tail := fmt.Appendf(nil, "\nbench vet tool %s %d\n", t.vetNonce, t.vetRuns)
	if err := os.WriteFile(path, append(bin, tail...), 0o755); err != nil {
		return "", err
	}
	return path, nil
}
