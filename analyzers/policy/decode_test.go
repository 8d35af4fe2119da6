package policy

import (
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"
)

// golangciSettings turns YAML into what golangci-lint hands the plugin:
// generic maps with lower-cased keys.
func golangciSettings(t *testing.T, src string) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v) // dates become strings, as through viper
	if err != nil {
		t.Fatal(err)
	}
	var raw any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestDecodeExample checks that the plugin reads the documented example
// with the same schema as the command.
func TestDecodeExample(t *testing.T) {
	fromFile, err := Load("testdata/example.biometriclint.yml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/example.biometriclint.yml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Decode(golangciSettings(t, string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Allow) != len(fromFile.Allow) || len(s.Catalog) != 1 || s.Catalog[0].Packages[0].Symbols[0].Name != "Client.Match" ||
		s.FailOn != FailOnError {
		t.Errorf("decoded %+v", s)
	}
	p, err := s.Compile(Options{Root: "/repo"})
	if err != nil {
		t.Fatal(err)
	}
	// Without a file, globs are relative to the working directory.
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	pw, err := s.Compile(Options{})
	if err != nil {
		t.Fatal(err)
	}
	sub := Subject{Category: "face-detection", Position: token.Position{Filename: filepath.Join(wd, "cmd", "visitor-counter", "main.go"), Line: 1}}
	if d := pw.Decide(sub, nil, time.Now()); !d.Suppressed {
		t.Errorf("path glob relative to the working directory did not match: %+v", d)
	}
	// golangci-lint's YAML reader makes a timestamp of the date.
	if got := p.rules[1].expires.Format(time.DateOnly); got != "2026-12-31" {
		t.Errorf("expires = %s (from %q)", got, s.Allow[1].Expires)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"failon: warning\n", `biometriclint settings: json: unknown field "failon"`},
		{"catalog:\n  - {id: x, vendor: V, colour: red}\n", `biometriclint settings: unknown key "colour"`},
		{"allow:\n  - category: face-detection\n", "biometriclint settings: allow[0].reason: an allow rule needs a reason"},
		{"severity:\n  face-detection: loud\n", `biometriclint settings: severity.face-detection: unknown severity "loud" (want error, warning or off)`},
	} {
		_, err := Decode(golangciSettings(t, tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Decode(%q) error = %v\nwant %s", tt.src, err, tt.want)
		}
	}
	if s, err := Decode(nil); err != nil || len(s.Allow) != 0 {
		t.Errorf("Decode(nil) = %+v, %v", s, err)
	}
}

func TestSelect(t *testing.T) {
	all := []*analysis.Analyzer{{Name: "sdkimport"}, {Name: "sdksymbol"}, {Name: "extra"}}
	names := func(as []*analysis.Analyzer) string {
		var s []string
		for _, a := range as {
			s = append(s, a.Name)
		}
		return strings.Join(s, ",")
	}
	for _, tt := range []struct {
		src  string
		off  []string
		want string
	}{
		{"", nil, "sdkimport,sdksymbol,extra"},
		{"", []string{"extra"}, "sdkimport,sdksymbol"},
		{"analyzers:\n  extra: true\n  sdkimport: false\n", []string{"extra"}, "sdksymbol,extra"},
	} {
		s, err := Parse("c.yml", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		p, err := s.Compile(Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Select(all, tt.off...)
		if err != nil || names(got) != tt.want {
			t.Errorf("Select(%q, off %v) = %s, %v; want %s", tt.src, tt.off, names(got), err, tt.want)
		}
	}
	s, _ := Parse("c.yml", []byte("analyzers:\n  sdkimprot: false\n"))
	p, _ := s.Compile(Options{})
	if _, err := p.Select(all); err == nil || err.Error() != `c.yml:2: analyzers.sdkimprot: unknown analyzer "sdkimprot"` {
		t.Errorf("unknown analyzer: err = %v", err)
	}
}
