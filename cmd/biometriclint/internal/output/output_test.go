package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// report is a run with a package and its test variant (the same finding
// twice), an indirect finding with its chain, a direct one with supporting
// evidence, a possible one at warning severity, and an unresolved loader.
func report(t *testing.T) *Report {
	t.Helper()
	rk := catalog.Default().Entry("aws-rekognition-v2")
	if rk == nil {
		t.Fatal("no aws-rekognition-v2 entry in the catalog")
	}
	indirect := &Finding{
		Analyzer: "indirect", Category: "emotion-recognition", Message: "photos.Mood performs emotion recognition",
		Pos: Position{"app/app.go", 16, 9}, End: Position{"app/app.go", 16, 30},
		Entry: rk, Kind: "indirect", Certainty: "refined", Decided: "requests Attributes=ALL", Severity: "error",
		Legal: "EU AI Act Art. 5(1)(f), Annex III 1(c)",
		Chain: []Related{{Pos: Position{"photos/photos.go", 14, 14}, End: Position{"photos/photos.go", 14, 14}, Message: "photos.Mood calls rekognition.Client.DetectFaces"}},
	}
	direct := &Finding{
		Analyzer: "sdksymbol", Category: "emotion-recognition", Message: "rekognition.Client.DetectFaces detects faces",
		Pos: Position{"photos/photos.go", 14, 14}, End: Position{"photos/photos.go", 14, 27},
		Entry: rk, Kind: "call", Certainty: "refined", Severity: "error", Legal: "EU AI Act Art. 5(1)(f), Annex III 1(c)",
		Supporting: []Related{{Pos: Position{"photos/photos.go", 21, 9}, Message: "types.FaceDetail.Emotions holds the emotions [emotion-recognition]"}},
	}
	possible := &Finding{
		Analyzer: "sdksymbol", Category: "face-detection", Message: "gocv.CascadeClassifier.Load loads a cascade classifier",
		Pos: Position{"cam/cam.go", 9, 2}, End: Position{"cam/cam.go", 9, 8},
		Entry: catalog.Default().Entry("opencv-gocv"), Kind: "call", Certainty: "possible", Severity: "warning", Legal: "EU AI Act Art. 3(34)",
	}
	r := &Report{
		Tool: "biometriclint", Command: "run",
		Packages: []*Package{
			{ID: "example.com/shop/app", Analyzers: []*AnalyzerResult{{Name: "indirect", Findings: []*Finding{indirect}}}},
			{ID: "example.com/shop/app [example.com/shop/app.test]", Analyzers: []*AnalyzerResult{{Name: "indirect", Findings: []*Finding{indirect}}}},
			{ID: "example.com/shop/photos", Analyzers: []*AnalyzerResult{{Name: "sdksymbol", Findings: []*Finding{direct, possible}}}},
		},
		Unresolved: []*Loader{{Pos: Position{"plates/plates.go", 9, 2}, Subject: "gocv.CascadeClassifier.Load", Why: "the model file could not be determined"}},
	}
	r.Sort()
	return r
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := (&Text{W: &b}).Handle(report(t)); err != nil {
		t.Fatal(err)
	}
	want := `app/app.go:16:9: photos.Mood performs emotion recognition
	photos/photos.go:14:14: photos.Mood calls rekognition.Client.DetectFaces
cam/cam.go:9:2: gocv.CascadeClassifier.Load loads a cascade classifier
photos/photos.go:14:14: rekognition.Client.DetectFaces detects faces
	photos/photos.go:21:9: supporting: types.FaceDetail.Emotions holds the emotions [emotion-recognition]
`
	if b.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", b.String(), want)
	}
	// The unresolved loaders are not findings: they go with what the
	// findings do not show, on standard error.
	b.Reset()
	if err := Incomplete(&b, report(t)); err != nil {
		t.Fatal(err)
	}
	want = `biometriclint: 1 model loader whose model could not be determined, with no sign of biometrics nearby (not findings):
	plates/plates.go:9:2: gocv.CascadeClassifier.Load: the model file could not be determined
`
	if b.String() != want {
		t.Errorf("incomplete:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestJSONOnce lists the finding of a package and its test variant once,
// with its record.
func TestJSONOnce(t *testing.T) {
	var b bytes.Buffer
	if err := (&JSON{W: &b}).Handle(report(t)); err != nil {
		t.Fatal(err)
	}
	var tree map[string]map[string][]map[string]any
	if err := json.Unmarshal(b.Bytes(), &tree); err != nil {
		t.Fatal(err)
	}
	if _, ok := tree["example.com/shop/app [example.com/shop/app.test]"]; ok {
		t.Errorf("the test variant repeats the finding:\n%s", b.String())
	}
	d := tree["example.com/shop/app"]["indirect"][0]
	got := fmt.Sprint(d["entry"], " ", d["kind"], " ", d["certainty"], " ", d["severity"], " ", d["chain"])
	want := "aws-rekognition-v2 indirect refined error [map[end:photos/photos.go:14:14 message:photos.Mood calls rekognition.Client.DetectFaces posn:photos/photos.go:14:14]]"
	if got != want {
		t.Errorf("record fields: %s\nwant: %s", got, want)
	}
}

// TestSARIFLevels takes each result's level from the decided severity.
func TestSARIFLevels(t *testing.T) {
	var b bytes.Buffer
	if err := (&SARIF{W: &b}).Handle(report(t)); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
				Level  string `json:"level"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		got = append(got, r.RuleID+"="+r.Level)
	}
	want := "emotion-recognition=error face-detection=warning emotion-recognition=error"
	if strings.Join(got, " ") != want {
		t.Errorf("levels %v, want %s", got, want)
	}
}

// TestSummaries count by the record's entry and legal reference.
func TestSummaries(t *testing.T) {
	fs := report(t).Findings()
	if got := fmt.Sprint(ByVendor(fs)); got != "[{aws-rekognition-v2 AWS Rekognition (AWS SDK for Go v2) 2} {opencv-gocv OpenCV (gocv) 1}]" {
		t.Errorf("ByVendor = %s", got)
	}
	if got := fmt.Sprint(ByLegal(fs)); got != "[{EU AI Act Art. 5(1)(f), Annex III 1(c) EU AI Act Art. 5(1)(f), Annex III 1(c) 2} {EU AI Act Art. 3(34) EU AI Act Art. 3(34) 1}]" {
		t.Errorf("ByLegal = %s", got)
	}
}

// TestSortUnresolvedWhy orders two loaders of one place that say why
// differently (a file of a package and of its test variant) the same
// whichever the packages' results came in first.
func TestSortUnresolvedWhy(t *testing.T) {
	at := Position{"plates/plates.go", 9, 2}
	a := &Loader{Pos: at, Subject: "gocv.CascadeClassifier.Load", Why: "the model file could not be determined"}
	b := &Loader{Pos: at, Subject: "gocv.CascadeClassifier.Load", Why: "the model file could not be determined; it is loaded in faces_test.go"}
	for _, in := range [][]*Loader{{a, b}, {b, a}} {
		r := &Report{Unresolved: slices.Clone(in)}
		r.Sort()
		if len(r.Unresolved) != 2 || r.Unresolved[0] != a || r.Unresolved[1] != b {
			t.Errorf("sorted %q, want a, then b", []string{r.Unresolved[0].Why, r.Unresolved[len(r.Unresolved)-1].Why})
		}
	}
}

// TestMarkdownEscapes shows text from the analysed code as written, and
// lets it make no Markdown of its own: a string that holds HTML, a link
// or a backslash, a file name with a line break, a subject and a module
// path with backquotes and bars.
func TestMarkdownEscapes(t *testing.T) {
	r := &Report{
		Tool: "biometriclint", Command: "audit",
		Packages: []*Package{{ID: "example.com/x", Analyzers: []*AnalyzerResult{{Name: "endpoint", Findings: []*Finding{{
			Analyzer: "endpoint", Category: "face-detection",
			Message: `"<h1>No findings</h1> [see](https://x.example/) a\"b *c*" detects faces [face-detection]`,
			Pos:     Position{"x\n## Clean.go", 3, 1}, End: Position{"x\n## Clean.go", 3, 9},
		}}}}}},
		Unresolved: []*Loader{{Pos: Position{"y.go", 9, 2}, Subject: "`load`", Why: "a | b"}},
		Modules:    []*Module{{Path: "example.com/a|b`c", Version: "v1.0.0", Dedicated: true}},
	}
	r.Sort()
	var b bytes.Buffer
	if err := (&Markdown{W: &b}).Handle(r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"### x\\\\n## Clean.go:3:1\n",
		`"\<h1>No findings\</h1> [see]\(https://x.example/) a\\"b \*c\*" detects faces [face-detection]` + "\n",
		"- y.go:9:2: `` `load` ``: a | b\n",
		"| ``example.com/a\\|b`c`` | v1.0.0 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the Markdown report lacks %q:\n%s", want, out)
		}
	}
}

// TestPrintable escapes the control characters of the analysed tree's
// file names, and of what the text output prints, and leaves other names
// alone.
func TestPrintable(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Position{"dir/a.go", 3, 4}.String(), "dir/a.go:3:4"},
		{Position{"é/ü.go", 3, 4}.String(), "é/ü.go:3:4"},
		{Position{"a\x1b[2Jb\n\u0085c\xff.go", 1, 2}.String(), `a\x1b[2Jb\n\u0085c\xff.go:1:2`},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	// The text output: findings on standard output, problems on standard
	// error; the format's tabs and line breaks alone.
	r := &Report{
		Tool: "biometriclint",
		Packages: []*Package{{ID: "bin", Analyzers: []*AnalyzerResult{{Name: "sdkimport", Findings: []*Finding{{
			Analyzer: "sdkimport", Message: "imports face\x1b[2J", Pos: Position{File: "app\n"},
		}}}}}},
		Problems: []*Problem{{Package: "example.com/x", File: "x\r.go", Reason: "syntax\terror"}},
	}
	var out, errs bytes.Buffer
	if err := (&Text{W: &out}).Handle(r); err != nil {
		t.Fatal(err)
	}
	if err := Incomplete(&errs, r); err != nil {
		t.Fatal(err)
	}
	if want := `app\n: imports face\x1b[2J` + "\n"; out.String() != want {
		t.Errorf("text %q, want %q", out.String(), want)
	}
	if want := "biometriclint: not fully analysed:\n\t" + `example.com/x: x\r.go: syntax\terror` + "\n"; errs.String() != want {
		t.Errorf("problems %q, want %q", errs.String(), want)
	}
}
