package eval_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/discover"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/audit"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/eval"
)

var update = flag.Bool("update", false, "rewrite testdata/eval/scores.md")

const root = "../../../../testdata/eval"

// TestEvaluation runs the discover analyzer, syntax only as the audit
// does, on every repository of the evaluation set and compares the scores
// with testdata/eval/scores.md (go test -run TestEvaluation -update
// rewrites it; docs/evaluation.md records the figures).
func TestEvaluation(t *testing.T) {
	labels, err := eval.ReadLabels(filepath.Join(root, "labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var scores []eval.Score
	for _, repo := range eval.Repos(labels) {
		dir := filepath.Join(root, "repos", filepath.FromSlash(repo))
		if _, err := os.Stat(dir); err != nil {
			t.Fatalf("%s: the snapshot is missing: %v", repo, err)
		}
		rep, _, err := audit.Run(&audit.Config{Dir: dir, Analyzers: []*analysis.Analyzer{discover.Analyzer}})
		if err != nil {
			t.Fatalf("%s: %v", repo, err)
		}
		for _, p := range rep.Problems {
			t.Errorf("%s: %s %s: %s", repo, p.File, p.Package, p.Reason)
		}
		var found []eval.Finding
		for _, f := range rep.Findings() {
			rel, err := filepath.Rel(dir, f.Pos.File)
			if err != nil || strings.HasPrefix(rel, "..") {
				t.Fatalf("%s: finding outside the repository: %s", repo, f.Pos.File)
			}
			found = append(found, eval.Finding{Path: filepath.ToSlash(rel), Line: f.Pos.Line})
		}
		scores = append(scores, eval.ScoreRepo(repo, labels, found))
	}
	var b bytes.Buffer
	eval.Write(&b, scores)
	t.Log("\n" + b.String())
	golden := filepath.Join(root, "scores.md")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestEvaluation -update)", err)
	}
	if !bytes.Equal(want, b.Bytes()) {
		t.Errorf("scores differ from %s (go test -run TestEvaluation -update rewrites it):\n%s", golden, b.String())
	}
}
