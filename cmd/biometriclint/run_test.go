package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// moduleEnv keeps the go command offline and on the local toolchain.
var moduleEnv = []string{"GOTOOLCHAIN=local", "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"}

// TestRunExitCodes checks the exit codes of the normal run: 3 with
// findings, 1 when a package could not be analysed, 0 when clean.
func TestRunExitCodes(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	cam := filepath.Join("cam", "cam.go")
	for _, tc := range []struct {
		dir, pattern   string
		code           int
		stdout, stderr []string
	}{
		{".", "./cam", 3, []string{cam + ":3:8: go-face", cam + ":6:9: go-face (github.com/Kagami/go-face): face.NewRecognizer", "\t" + cam + ":5:15: supporting: face.Recognizer"}, nil},
		{"other", "./clean", 0, nil, nil},
		{"other", "./broken", 1, nil, []string{"biometriclint: not fully analysed:", "example.com/other/broken: ", "undefined: undefined"}},
		{"other", "./...", 1, nil, []string{"example.com/other/broken: "}},
		// The nested modules are analysed too.
		{".", "./...", 3, []string{cam + ":3:8: go-face"}, []string{"./other/kiosk: not analysed", "example.com/other/broken: other/broken/broken.go:3:23: undefined: undefined"}},
	} {
		res := run(t, filepath.Join(root, tc.dir), moduleEnv, tc.pattern)
		if res.code != tc.code {
			t.Errorf("%s: exit code %d, want %d; stderr:\n%s", tc.pattern, res.code, tc.code, res.stderr)
		}
		for _, want := range tc.stdout {
			if !strings.Contains(res.stdout, want) {
				t.Errorf("%s: stdout lacks %q:\n%s", tc.pattern, want, res.stdout)
			}
		}
		for _, want := range tc.stderr {
			if !strings.Contains(res.stderr, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", tc.pattern, want, res.stderr)
			}
		}
		if n := strings.Count(res.stdout, "cam.go:3:8:"); tc.pattern == "./cam" && n != 1 {
			t.Errorf("%s: the import finding is printed %d times, want once:\n%s", tc.pattern, n, res.stdout)
		}
		if tc.stdout == nil && res.stdout != "" {
			t.Errorf("%s: stdout not empty:\n%s", tc.pattern, res.stdout)
		}
		if tc.stderr == nil && res.stderr != "" {
			t.Errorf("%s: stderr not empty:\n%s", tc.pattern, res.stderr)
		}
	}
}

// TestRunJSONIsTheAnalysisTree compares -json with the JSON tree that the
// x/tools checker itself prints (as multichecker -json does) for the same
// packages, the generated test mains left out: one parser reads both. File
// names are relative to the working directory in both.
func TestRunJSONIsTheAnalysisTree(t *testing.T) {
	dir := filepath.Join(extract(t, "module"), "tree")
	// With tests, the command lists a finding of a package and of its
	// test variant once, and never one in the go command's generated test
	// main: the checker's own tree would repeat them.
	withTests := run(t, dir, moduleEnv, "-json", "./cam")
	if n := strings.Count(withTests.stdout, "cam.go:3:8"); n != 1 {
		t.Errorf("the import finding is listed %d times in -json with tests, want once:\n%s", n, withTests.stdout)
	}
	res := run(t, dir, moduleEnv, "-json", "-test=false", "./cam")
	if res.code != 0 {
		t.Fatalf("exit code %d, want 0 (-json); stderr:\n%s", res.code, res.stderr)
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), moduleEnv...),
	}, "./cam")
	if err != nil {
		t.Fatal(err)
	}
	pkgs = slices.DeleteFunc(pkgs, func(p *packages.Package) bool { return strings.HasSuffix(p.ID, ".test") })
	graph, err := checker.Analyze(suite.Analyzers(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := graph.PrintJSON(&want); err != nil {
		t.Fatal(err)
	}
	// The command's diagnostics carry the finding record in fields of
	// their own: left out, the tree is the checker's.
	wantTree := analysisTree(t, strings.ReplaceAll(want.String(), dir+string(filepath.Separator), ""))
	if got := analysisTree(t, res.stdout); got != wantTree {
		t.Errorf("-json differs from checker.Graph.PrintJSON:\n%s", diff(wantTree, got))
	}
	if !strings.Contains(res.stdout, `"certainty": "certain"`) || !strings.Contains(res.stdout, `"entry": "go-face"`) {
		t.Errorf("no finding record in -json output:\n%s", res.stdout)
	}
	if !strings.Contains(res.stdout, `"category": "face-recognition"`) {
		t.Errorf("no finding in -json output:\n%s", res.stdout)
	}
}

// analysisTree re-encodes a JSON tree with the fields of x/tools'
// analysis JSON diagnostics only.
func analysisTree(t *testing.T, s string) string {
	t.Helper()
	type related struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	type diagnostic struct {
		Category string    `json:"category,omitempty"`
		Posn     string    `json:"posn"`
		End      string    `json:"end"`
		Message  string    `json:"message"`
		Related  []related `json:"related,omitempty"`
	}
	var tree map[string]map[string][]diagnostic
	if err := json.Unmarshal([]byte(s), &tree); err != nil {
		t.Fatalf("%v:\n%s", err, s)
	}
	out, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestVetTool runs the command as go vet's tool (the unitchecker protocol).
func TestVetTool(t *testing.T) {
	dir := filepath.Join(extract(t, "module"), "tree")
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./cam")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), moduleEnv...)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded, want findings:\n%s", out)
	}
	if !strings.Contains(string(out), "cam.go:3:8: go-face") {
		t.Errorf("go vet output lacks the import finding:\n%s", out)
	}
}

// TestRunFormats checks that every format is produced by the normal run
// too, with -o.
func TestRunFormats(t *testing.T) {
	dir := filepath.Join(extract(t, "module"), "tree")
	for _, f := range formats {
		out := filepath.Join(t.TempDir(), f.golden)
		res := run(t, dir, moduleEnv, "-format", f.format, "-o", out, "./cam")
		data, err := os.ReadFile(out)
		if err != nil || res.stderr != "" || res.stdout != "" {
			t.Fatalf("%s: %v %s", f.format, err, res.stderr)
		}
		if !bytes.Contains(data, []byte("go-face")) {
			t.Errorf("%s: output lacks the finding:\n%s", f.format, data)
		}
	}
}

// TestRunDirectiveProblems checks that a directive without a reason, and
// one that suppresses nothing, are reported and fail the run, in the
// normal run and in the audit alike.
func TestRunDirectiveProblems(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	for _, args := range [][]string{{"./..."}, {"audit", "."}} {
		res := run(t, filepath.Join(root, "stale"), moduleEnv, args...)
		if res.code != 3 {
			t.Errorf("%v: exit code %d, want 3; stderr:\n%s", args, res.code, res.stderr)
		}
		prefix := "stale.go"
		for _, want := range []string{
			prefix + ":4:1: //biometriclint:allow face-recognition suppresses nothing: remove it, or put it on the finding's line or the line above",
			prefix + ":7:1: ",
		} {
			if !strings.Contains(res.stdout, want) {
				t.Errorf("%v: stdout lacks %q:\n%s", args, want, res.stdout)
			}
		}
		if n := strings.Count(res.stdout, "stale.go:"); n != 2 {
			t.Errorf("%v: %d findings, want 2:\n%s", args, n, res.stdout)
		}
	}
}

// TestRunUnbuiltDirectories checks that a package whose every file the
// build excludes, which ./... leaves out without a word, is named as not
// analysed, so that the run does not pass silently.
func TestRunUnbuiltDirectories(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	res := run(t, filepath.Join(root, "other"), moduleEnv, "./...")
	if res.code != 1 {
		t.Errorf("exit code %d, want 1; stderr:\n%s", res.code, res.stderr)
	}
	want := "\t./kiosk: not analysed: build constraints exclude all its Go files in this configuration (pass -tags, set GOOS, or run biometriclint audit, which checks every file)\n"
	if !strings.Contains(res.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, res.stderr)
	}
	// Loaded packages are not listed.
	if strings.Contains(res.stderr, "./clean:") {
		t.Errorf("a loaded package is listed as unbuilt:\n%s", res.stderr)
	}
}

// TestRunThroughLink: run from a directory reached through a symbolic
// link (the shell's PWD keeps the link), the module and its nested ones
// are found and analysed as from the directory itself. The walk for
// nested modules once saw the link alone: "no go.mod in this directory".
func TestRunThroughLink(t *testing.T) {
	root := filepath.Join(extract(t, "module"), "tree")
	link := filepath.Join(t.TempDir(), "tree")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	want := run(t, root, moduleEnv, "./...")
	got := run(t, link, append(slices.Clone(moduleEnv), "PWD="+link), "./...") // as a shell sets it
	if got != want {
		t.Errorf("through a link: exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s", got.code, got.stdout, got.stderr, want.code, want.stdout, want.stderr)
	}
}
