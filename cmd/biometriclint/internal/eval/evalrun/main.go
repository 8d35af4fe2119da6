// Command evalrun scores biometriclint on the evaluation set of vendors the
// catalog did not name when it was built: it audits, syntax only, each
// labelled repository found under -repos with the discover analyzer alone
// (-only-discover) or with every analyzer (the default: a vendor the census
// has catalogued since is found by the catalogued analyzers, and discover
// leaves it to them), and prints the table that testdata/eval/scores.md
// records (docs/evaluation.md).
//
// The repositories are public code and are not committed: fetch them at
// the commits testdata/eval/labels.tsv names into -repos/<owner>/<name>.
//
//	go run ./cmd/biometriclint/internal/eval/evalrun [-repos DIR] [-update]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/discover"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/audit"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/eval"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

func main() {
	repos := flag.String("repos", ".cache/eval/repos", "`directory` holding the repositories as owner/name")
	set := flag.String("set", "testdata/eval", "`directory` of labels.tsv and scores.md")
	update := flag.Bool("update", false, "rewrite scores.md instead of comparing with it")
	onlyDiscover := flag.Bool("only-discover", false, "run the discover analyzer alone, and compare with scores-discover.md")
	flag.Parse()
	analyzers, scores := suite.Analyzers(), "scores.md"
	if *onlyDiscover {
		analyzers, scores = []*analysis.Analyzer{discover.Analyzer}, "scores-discover.md"
	}
	if err := run(*repos, *set, scores, analyzers, *update); err != nil {
		fmt.Fprintln(os.Stderr, "evalrun:", err)
		os.Exit(1)
	}
}

func run(repos, set, scoresFile string, analyzers []*analysis.Analyzer, update bool) error {
	labels, err := eval.ReadLabels(filepath.Join(set, "labels.tsv"))
	if err != nil {
		return err
	}
	var scores []eval.Score
	for _, repo := range eval.Repos(labels) {
		dir := filepath.Join(repos, filepath.FromSlash(repo))
		if _, err := os.Stat(dir); err != nil {
			return fmt.Errorf("%s: fetch it at the labelled commit into %s: %v", repo, dir, err)
		}
		// The default policy's ledger gives each finding its record, with
		// its supporting evidence.
		pol, err := (&policy.Settings{}).Compile(policy.Options{})
		if err != nil {
			return err
		}
		cfg, ledger := pol.Config()
		rep, _, err := audit.Run(&audit.Config{Dir: dir, Analyzers: config.Bind(cfg, analyzers), Bound: cfg, Record: ledger.Lookup})
		if err != nil {
			return fmt.Errorf("%s: %v", repo, err)
		}
		for _, p := range rep.Problems {
			fmt.Fprintf(os.Stderr, "%s: %s %s: %s\n", repo, p.File, p.Package, p.Reason)
		}
		var found []eval.Finding
		at := func(p output.Position) {
			rel, err := filepath.Rel(dir, p.File)
			if err != nil || strings.HasPrefix(rel, "..") {
				rel = p.File // the audit names files relative to the working directory
			}
			found = append(found, eval.Finding{Path: filepath.ToSlash(strings.TrimPrefix(rel, filepath.ToSlash(dir)+"/")), Line: p.Line})
		}
		for _, f := range rep.Findings() {
			// A finding shows its supporting evidence under it: a unit
			// that holds an item of it is shown too.
			at(f.Pos)
			for _, e := range f.Supporting {
				at(e.Pos)
			}
		}
		scores = append(scores, eval.ScoreRepo(repo, labels, found))
	}
	var b bytes.Buffer
	eval.Write(&b, scores)
	os.Stdout.Write(b.Bytes())
	golden := filepath.Join(set, scoresFile)
	if update {
		return os.WriteFile(golden, b.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		return err
	}
	if !bytes.Equal(want, b.Bytes()) {
		return fmt.Errorf("the scores differ from %s (-update rewrites it)", golden)
	}
	return nil
}
