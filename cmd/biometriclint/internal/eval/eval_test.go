package eval

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestScoreRepo: a unit is found when a finding falls in its lines; a
// finding is right in a unit or a region, wrong elsewhere and in a
// look-alike's lines; the other repository's labels do not count.
func TestScoreRepo(t *testing.T) {
	labels := []Label{
		{Repo: "a/b", Path: "face.go", From: 10, To: 12, Kind: "unit"},
		{Repo: "a/b", Path: "face.go", From: 20, To: 20, Kind: "unit"},
		{Repo: "a/b", Path: "client.go", Kind: "region"},
		{Repo: "a/b", Path: "font.go", Kind: "lookalike"},
		{Repo: "c/d", Path: "face.go", From: 20, To: 20, Kind: "unit"},
	}
	findings := []Finding{{"face.go", 11}, {"client.go", 3}, {"font.go", 1}, {"face.go", 30}}
	got := ScoreRepo("a/b", labels, findings)
	if got.Lookalike || got.Units != 2 || got.Found != 1 || got.Findings != 4 || got.Right != 2 {
		t.Errorf("ScoreRepo = %+v; want 2 units, 1 found, 4 findings, 2 right", got)
	}
	if len(got.Missed) != 1 || got.Missed[0].From != 20 {
		t.Errorf("Missed = %+v, want the unit at line 20", got.Missed)
	}
	if want := []Finding{{"font.go", 1}, {"face.go", 30}}; !slices.Equal(got.Wrong, want) {
		t.Errorf("Wrong = %+v, want %+v", got.Wrong, want)
	}
	if s := ScoreRepo("e/f", []Label{{Repo: "e/f", Path: "x.go", Kind: "lookalike"}}, nil); !s.Lookalike || s.Units != 0 {
		t.Errorf("look-alike repository scored %+v", s)
	}
}

func TestReadLabels(t *testing.T) {
	name := filepath.Join(t.TempDir(), "labels.tsv")
	data := "# repo\tcommit\tpath\tlines\tkind\tcategory\twhy\n" +
		"a/b\tabc\tface.go\t10-12\tunit\tface-recognition\tcompares faces\n" +
		"a/b\tabc\tfont.go\t*\tlookalike\t-\ta font face\n"
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadLabels(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].From != 10 || got[0].To != 12 || got[1].From != 0 || got[1].Kind != "lookalike" {
		t.Errorf("ReadLabels = %+v", got)
	}
	for _, bad := range []string{"a\tb\tc\t12-10\tunit\tx\ty\n", "a\tb\tc\t*\tmaybe\tx\ty\n", "a\tb\tc\n"} {
		if err := os.WriteFile(name, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadLabels(name); err == nil {
			t.Errorf("ReadLabels(%q) accepted it", bad)
		}
	}
}
