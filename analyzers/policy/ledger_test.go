package policy_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
)

// TestLedger runs a real analyzer bound to a policy's configuration: shown findings
// reach the pass (the wants), suppressed ones only the ledger, with their
// justification; the catalog has the policy's extra entry; the stale
// directive is found unused.
func TestLedger(t *testing.T) {
	s, err := policy.Load("testdata/ledger.biometriclint.yml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Compile(policy.Options{
		Root: filepath.Join(analysistest.TestData(), "src"),
		Now:  func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) },
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg, ledger := p.Config()
	bound := config.Bind(cfg, []*analysis.Analyzer{sdkimport.Analyzer})[0]
	analysistest.Run(t, analysistest.TestData(), bound, "p")
	decisions := ledger.Decisions()
	var got []string
	for _, d := range decisions {
		rel, _ := filepath.Rel(analysistest.TestData(), d.Position.Filename)
		got = append(got, fmt.Sprintf("%s:%d %s %s shown=%v %s %s", filepath.ToSlash(rel), d.Position.Line,
			d.Analyzer, d.Severity, d.Reported(), d.SuppressionKind(), d.Justification))
	}
	want := []string{
		"src/p/allowed.go:3 sdkimport warning shown=false external our wrapper's demo",
		"src/p/expired.go:3 sdkimport error shown=true  ",
		"src/p/p.go:4 sdkimport warning shown=true  ",
		"src/p/p.go:6 sdkimport error shown=false inSource enrolment kiosk, DPIA-7",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("decisions:\n%q\nwant:\n%q", got, want)
	}

	unused := p.Unused(directivesOf(t, filepath.Join(analysistest.TestData(), "src", "p")), decisions)
	if len(unused) != 1 || filepath.Base(unused[0].Pos.Filename) != "p.go" || unused[0].Pos.Line != 9 {
		t.Errorf("unused = %+v, want the emotion-recognition directive of p.go:9", unused)
	}
	if code := policy.ExitCode(decisions, unused, p.FailOn()); code != policy.ExitFindings {
		t.Errorf("exit code %d", code)
	}
}

// TestLedgerDistrust decides as an audit does: the directive of the code
// under review does not suppress its finding, which is shown with the
// directive's reason; the directive counts as used, and the finding fails
// the run.
func TestLedgerDistrust(t *testing.T) {
	p, err := (&policy.Settings{}).Compile(policy.Options{Root: filepath.Join(analysistest.TestData(), "src")})
	if err != nil {
		t.Fatal(err)
	}
	cfg, ledger := p.Config()
	ledger.DistrustDirectives()
	bound := config.Bind(cfg, []*analysis.Analyzer{sdkimport.Analyzer})[0]
	analysistest.Run(t, analysistest.TestData(), bound, "audited")
	decisions := ledger.Decisions()
	if len(decisions) != 1 || !decisions[0].Reported() || decisions[0].SuppressionKind() != "" || decisions[0].Directive == nil {
		t.Fatalf("decisions %+v, want one shown finding, its directive kept", decisions)
	}
	if unused := p.Unused(directivesOf(t, filepath.Join(analysistest.TestData(), "src", "audited")), decisions); len(unused) != 0 {
		t.Errorf("unused = %+v, want none: the directive matched its finding", unused)
	}
	if code := policy.ExitCode(decisions, nil, p.FailOn()); code != policy.ExitFindings {
		t.Errorf("exit code %d, want %d", code, policy.ExitFindings)
	}
}

// directivesOf parses the directives of the Go files of dir, as the
// directive analyzer would return them (its own tests cover it).
func directivesOf(t *testing.T, dir string) []policy.Directive {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var ds []policy.Directive
	fset := token.NewFileSet()
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, policy.ParseDirectives(fset, f)...)
	}
	return ds
}

// TestLedgerVariants records the finding of one place from a package and
// from its test variant (p and p [p.test]), whose repeats in test files
// support it: each diagnostic finds its own package's record, and the
// decisions list the place once, the package's (fewer files), whichever
// pass ended first.
func TestLedgerVariants(t *testing.T) {
	s, err := policy.Load("testdata/ledger.biometriclint.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, testVariantFirst := range []bool{false, true} {
		p, err := s.Compile(policy.Options{Root: t.TempDir(), Now: time.Now})
		if err != nil {
			t.Fatal(err)
		}
		_, ledger := p.Config()
		at := token.Position{Filename: "p/a.go", Offset: 40, Line: 3, Column: 2}
		decide := func(files int, repeats ...string) (*types.Package, *finding.Finding) {
			pass := &analysis.Pass{
				Pkg:      types.NewPackage("example.com/p", "p"),
				Files:    make([]*ast.File, files),
				ReadFile: func(string) ([]byte, error) { return nil, os.ErrNotExist },
			}
			f := &finding.Finding{Analyzer: "discover", Category: catalog.FaceRecognition, Pos: at, End: at}
			for _, r := range repeats {
				f.Supporting = append(f.Supporting, finding.Evidence{Subject: `"Facenet512"`, What: "again", Category: catalog.FaceRecognition,
					Pos: token.Position{Filename: r, Line: 9}})
			}
			diag := &analysis.Diagnostic{Message: "Uncatalogued vendor or library: \"Facenet512\" …"}
			ledger.Decide(pass, f, diag)
			return pass.Pkg, f
		}
		var pkg, test *types.Package
		var plain, withTests *finding.Finding
		if testVariantFirst {
			test, withTests = decide(3, "p/a_test.go")
			pkg, plain = decide(2)
		} else {
			pkg, plain = decide(2)
			test, withTests = decide(3, "p/a_test.go")
		}
		msg := "Uncatalogued vendor or library: \"Facenet512\" …"
		if got := ledger.Lookup(pkg, "discover", at, msg); got != plain {
			t.Errorf("test variant first %v: the package's diagnostic found %+v, want its own record", testVariantFirst, got)
		}
		if got := ledger.Lookup(test, "discover", at, msg); got != withTests {
			t.Errorf("test variant first %v: the test variant's diagnostic found %+v, want its own record", testVariantFirst, got)
		}
		ds := ledger.Decisions()
		if len(ds) != 1 || ds[0].Finding != plain {
			t.Errorf("test variant first %v: %d decisions, want the package's alone", testVariantFirst, len(ds))
		}
	}
}
