package policy

import (
	"go/token"
	"strings"
	"testing"
	"time"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

const (
	root = "/repo"
	rek  = "github.com/aws/aws-sdk-go-v2/service/rekognition"
	cfg  = "testdata/decide.biometriclint.yml"
)

var day = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func compileFile(t *testing.T, name string, now time.Time) *Policy {
	t.Helper()
	s, err := Load(name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Compile(Options{Root: root, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func subject(entry string, c catalog.Category, pkg, sym, file string, line int) Subject {
	return Subject{Category: c, Entry: catalog.Default().Entry(entry), Package: pkg, Symbol: sym,
		Position: token.Position{Filename: file, Line: line, Column: 1}}
}

// verdict summarises a decision for comparison.
func verdict(d Decision) string {
	s := string(d.Severity)
	if d.Excluded != "" {
		s += " excluded:" + d.Excluded
	}
	if d.Suppressed {
		s += " suppressed by " + d.Source + " (" + d.SuppressionKind() + "): " + d.Justification
	}
	for _, n := range d.Notes {
		s += " note: " + n
	}
	return s
}

func TestDecideRules(t *testing.T) {
	p := compileFile(t, cfg, day)
	tests := []struct {
		name string
		sub  Subject
		want string
	}{
		{"category and path", subject("aws-rekognition-v2", catalog.FaceDetection, rek, "Client.DetectFaces", "/repo/cmd/counter/main.go", 3),
			"warning suppressed by " + cfg + ":8 (external): counts visitors"},
		{"category, path elsewhere", subject("aws-rekognition-v2", catalog.FaceDetection, rek, "Client.DetectFaces", "/repo/cmd/other/main.go", 3),
			"warning"},
		{"path outside the root", subject("aws-rekognition-v2", catalog.FaceDetection, rek, "Client.DetectFaces", "/elsewhere/cmd/counter/main.go", 3),
			"warning"},
		{"severity off", subject("azure-face", catalog.FaceLiveness, "x", "", "/repo/a.go", 1),
			"off"},
		{"excluded directory", subject("aws-rekognition-v2", catalog.FaceRecognition, rek, "Client.SearchFaces", "/repo/third_party/x/y.go", 1),
			"off excluded:third_party"},
		{"excluded glob", subject("aws-rekognition-v2", catalog.FaceRecognition, rek, "Client.SearchFaces", "/repo/pkg/deep/face_gen.go", 1),
			"off excluded:**/*_gen.go"},
		{"vendor any case, category, path", subject("aws-rekognition-v2", catalog.EmotionRecognition, rek, "Client.DetectFaces", "/repo/safety/alert.go", 9),
			"error suppressed by " + cfg + ":11 (external): driver drowsiness"},
		{"other vendor", subject("google-vision-v2", catalog.EmotionRecognition, "cloud.google.com/go/vision/v2/apiv1", "x", "/repo/safety/alert.go", 9),
			"error"},
		{"symbol", subject("aws-rekognition-v2", catalog.FaceRecognition, rek, "Client.CompareFaces", "/repo/kyc/kyc.go", 2),
			"error suppressed by " + cfg + ":16 (external): KYC"},
		{"other symbol of the package", subject("aws-rekognition-v2", catalog.FaceRecognition, rek, "Client.SearchFaces", "/repo/kyc/kyc.go", 2),
			"error"},
		{"package selector, import", subject("go-face", catalog.FaceRecognition, "github.com/Kagami/go-face", "", "/repo/a.go", 4),
			"error suppressed by " + cfg + ":18 (external): the whole package"},
		{"package selector, symbol", subject("go-face", catalog.FaceRecognition, "github.com/Kagami/go-face", "Recognizer.Classify", "/repo/a.go", 4),
			"error suppressed by " + cfg + ":18 (external): the whole package"},
		{"entry and glob", subject("google-vision-v2", catalog.FaceDetection, "cloud.google.com/go/vision/v2/apiv1", "x", "/repo/a/b/vision_labels.go", 4),
			"warning suppressed by " + cfg + ":20 (external): labels only"},
		{"entry, glob misses", subject("google-vision-v2", catalog.FaceDetection, "cloud.google.com/go/vision/v2/apiv1", "x", "/repo/a/b/labels.go", 4),
			"warning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := verdict(p.Decide(tt.sub, nil, day)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestExpiry checks that a rule applies through its expiry date (UTC) and
// not after, and that the finding then says the rule expired.
func TestExpiry(t *testing.T) {
	p := compileFile(t, cfg, day)
	sub := subject("aws-rekognition-v2", catalog.EmotionRecognition, rek, "Client.DetectFaces", "/repo/safety/alert.go", 9)
	suppressed := "error suppressed by " + cfg + ":11 (external): driver drowsiness"
	expired := "error note: allow rule at " + cfg + ":11 expired on 2026-06-30: driver drowsiness"
	for _, tt := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), suppressed},
		{time.Date(2026, 6, 30, 23, 59, 59, 0, time.UTC), suppressed},
		{time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), expired},
		{time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), expired},
	} {
		if got := verdict(p.Decide(sub, nil, tt.now)); got != tt.want {
			t.Errorf("at %v: got %s\nwant %s", tt.now, got, tt.want)
		}
	}
}

// TestExpiredFallsThrough checks that a later rule still applies when an
// earlier matching one expired, and the note stays.
func TestExpiredFallsThrough(t *testing.T) {
	s, err := Parse("/repo/.biometriclint.yml", []byte(`allow:
  - category: face-detection
    reason: old
    expires: 2020-01-01
  - category: face-detection
    reason: new
`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Compile(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := verdict(p.Decide(subject("pigo", catalog.FaceDetection, "github.com/esimov/pigo/core", "", "/repo/a.go", 1), nil, day))
	want := "error suppressed by /repo/.biometriclint.yml:5 (external): new note: allow rule at /repo/.biometriclint.yml:2 expired on 2020-01-01: old"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestDecideDirectives(t *testing.T) {
	p := compileFile(t, cfg, day)
	src := `package a

//biometriclint:allow face-recognition -- KYC at onboarding
var a = 1

//biometriclint:allow face-recognition -- two lines above: too far

var b = 1
var c = 1 //biometriclint:allow aws-rekognition-v2,emotion-recognition -- on the line
//biometriclint:allow face-recognition
var d = 1
`
	dirs := scanDirectives("/repo/a/a.go", []byte(src))
	if len(dirs) != 4 {
		t.Fatalf("got %d directives: %+v", len(dirs), dirs)
	}
	at := func(c catalog.Category, entry, file string, line int) string {
		return verdict(p.Decide(subject(entry, c, rek, "Client.SearchFaces", file, line), dirs, day))
	}
	for _, tt := range []struct {
		got, want string
	}{
		{at(catalog.FaceRecognition, "aws-rekognition-v2", "/repo/a/a.go", 4), "error suppressed by /repo/a/a.go:3:1 (inSource): KYC at onboarding"},
		{at(catalog.FaceRecognition, "aws-rekognition-v2", "/repo/a/a.go", 3), "error suppressed by /repo/a/a.go:3:1 (inSource): KYC at onboarding"},
		{at(catalog.EmotionRecognition, "aws-rekognition-v2", "/repo/a/a.go", 4), "error"},
		{at(catalog.FaceRecognition, "aws-rekognition-v2", "/repo/a/a.go", 8), "error"},
		{at(catalog.FaceRecognition, "aws-rekognition-v2", "/repo/a/a.go", 9), "error suppressed by /repo/a/a.go:9:11 (inSource): on the line"},
		{at(catalog.EmotionRecognition, "google-vision-v2", "/repo/a/a.go", 9), "error suppressed by /repo/a/a.go:9:11 (inSource): on the line"},
		{at(catalog.FaceRecognition, "aws-rekognition-v2", "/repo/a/a.go", 11), "error"}, // no reason: suppresses nothing
		{at(catalog.FaceRecognition, "aws-rekognition-v2", "/repo/a/other.go", 4), "error"},
	} {
		if tt.got != tt.want {
			t.Errorf("got  %s\nwant %s", tt.got, tt.want)
		}
	}
	// The directive applies before the allow rules.
	if got := at(catalog.FaceDetection, "aws-rekognition-v2", "/repo/cmd/counter/x.go", 1); !strings.Contains(got, cfg+":8") {
		t.Errorf("rule not applied: %s", got)
	}
}

func TestUnusedAndExitCode(t *testing.T) {
	p := compileFile(t, cfg, day)
	src := "package a\n\n//biometriclint:allow face-recognition -- used\nvar a = 1\n\n//biometriclint:allow emotion-recognition -- stale\nvar b = 1\n//biometriclint:allow face-recognition\n"
	dirs := scanDirectives("/repo/a/a.go", []byte(src))
	dirs = append(dirs, scanDirectives("/repo/third_party/a.go", []byte(src))...)
	dirs = append(dirs, dirs[:3]...) // the test variant's copy of the file
	used := p.Decide(subject("aws-rekognition-v2", catalog.FaceRecognition, rek, "Client.SearchFaces", "/repo/a/a.go", 4), dirs, day)
	warn := p.Decide(subject("aws-rekognition-v2", catalog.FaceDetection, rek, "Client.DetectFaces", "/repo/b.go", 4), dirs, day)
	problems := p.Unused(dirs, []Decision{used, warn})
	if len(problems) != 1 || problems[0].Pos.Line != 6 || problems[0].Message !=
		"//biometriclint:allow emotion-recognition suppresses nothing: remove it, or put it on the finding's line or the line above" {
		t.Fatalf("Unused = %+v", problems)
	}

	errFinding := p.Decide(subject("aws-rekognition-v2", catalog.FaceRecognition, rek, "Client.SearchFaces", "/repo/b.go", 1), nil, day)
	off := p.Decide(subject("azure-face", catalog.FaceLiveness, "x", "", "/repo/b.go", 1), nil, day)
	for _, tt := range []struct {
		decisions []Decision
		problems  []Problem
		failOn    FailOn
		want      int
	}{
		{nil, nil, FailOnError, ExitClean},
		{[]Decision{used, off}, nil, FailOnWarning, ExitClean},
		{[]Decision{warn}, nil, FailOnError, ExitClean},
		{[]Decision{warn}, nil, FailOnWarning, ExitFindings},
		{[]Decision{warn, errFinding}, nil, FailOnError, ExitFindings},
		{[]Decision{errFinding}, nil, FailOnNever, ExitClean},
		{[]Decision{used}, problems, FailOnError, ExitFindings},
		{nil, problems, FailOnNever, ExitClean},
	} {
		if got := ExitCode(tt.decisions, tt.problems, tt.failOn); got != tt.want {
			t.Errorf("ExitCode(%d decisions, %d problems, %s) = %d, want %d", len(tt.decisions), len(tt.problems), tt.failOn, got, tt.want)
		}
	}
}

func TestParseFailOn(t *testing.T) {
	for in, want := range map[string]FailOn{"": FailOnError, "error": FailOnError, "warning": FailOnWarning, "never": FailOnNever} {
		if got, err := ParseFailOn(in); got != want || err != nil {
			t.Errorf("ParseFailOn(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFailOn("warn"); err == nil {
		t.Error("ParseFailOn(warn): no error")
	}
}

// TestPossibleIsAtMostWarning checks that a finding that may not be
// biometric (a loader whose model could not be determined) fails no run by
// default, and that settings can still turn its category off.
func TestPossibleIsAtMostWarning(t *testing.T) {
	def, err := (&Settings{}).Compile(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	sub := subject("opencv-gocv", catalog.FaceDetection, "gocv.io/x/gocv", "CascadeClassifier.Load", root+"/cam.go", 3)
	if d := def.Decide(sub, nil, day); d.Severity != Error {
		t.Errorf("certain finding: severity %s, want error", d.Severity)
	}
	sub.Possible = true
	if d := def.Decide(sub, nil, day); d.Severity != Warning {
		t.Errorf("possible finding: severity %s, want warning", d.Severity)
	}
	if code := ExitCode([]Decision{def.Decide(sub, nil, day)}, nil, FailOnError); code != ExitClean {
		t.Errorf("possible finding fails the run: exit %d", code)
	}
	off, err := (&Settings{Severity: map[string]Severity{"face-detection": Off}}).Compile(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	if d := off.Decide(sub, nil, day); d.Severity != Off {
		t.Errorf("possible finding, category off: severity %s, want off", d.Severity)
	}
}
