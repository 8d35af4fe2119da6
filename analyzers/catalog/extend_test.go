package catalog

import (
	"strings"
	"testing"
)

func TestExtend(t *testing.T) {
	base := Default()
	wrapper := func() *Entry {
		return &Entry{
			ID: "acme-faceid", Vendor: "Acme", Product: "FaceID wrapper", Docs: "https://example.com/faceid",
			Packages: []*Package{{Path: "example.com/acme/faceid", Symbols: []*Symbol{
				{Name: "Client.Match", Category: FaceRecognition, What: "matches a face"},
			}}},
			File: "cfg.yml:7",
		}
	}
	ext, err := base.Extend([]*Entry{wrapper()})
	if err != nil {
		t.Fatal(err)
	}
	if s := ext.Symbol("example.com/acme/faceid", "Client.Match"); s == nil || s.Package.Entry.ID != "acme-faceid" {
		t.Fatalf("extra symbol not indexed: %+v", s)
	}
	if ext.Entry("aws-rekognition-v2") == nil {
		t.Error("base entries lost")
	}
	if base.Entry("acme-faceid") != nil || len(base.Entries) == len(ext.Entries) {
		t.Error("Extend changed the base catalog")
	}

	tests := []struct {
		name string
		edit func(*Entry)
		want string
	}{
		{"duplicate id", func(e *Entry) { e.ID = "aws-rekognition-v2" }, `cfg.yml:7: entry "aws-rekognition-v2": duplicate id`},
		{"catalogued path", func(e *Entry) { e.Packages[0].Path = "github.com/Kagami/go-face" }, "is also catalogued by entry"},
		{"missing vendor", func(e *Entry) { e.Vendor = " " }, `cfg.yml:7: entry "acme-faceid": missing vendor`},
		{"empty symbol", func(e *Entry) { e.Packages[0].Symbols = append(e.Packages[0].Symbols, nil) }, `cfg.yml:7: entry "acme-faceid": empty item in packages[1].symbols[2]`},
		{"empty package", func(e *Entry) { e.Packages = append(e.Packages, nil) }, `cfg.yml:7: entry "acme-faceid": empty item in packages[2]`},
		{"bad category", func(e *Entry) { e.Packages[0].Symbols[0].Category = "mood" }, `unknown category "mood"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := wrapper()
			tt.edit(e)
			_, err := base.Extend([]*Entry{e})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestExtendNeedsNoSource: a team's own entry without modules loads without
// a source, which the data files must give.
func TestExtendNeedsNoSource(t *testing.T) {
	e := &Entry{ID: "acme-api", Vendor: "Acme", Product: "Face API", Docs: "https://example.com",
		Endpoints: []*Endpoint{{Host: "faces.acme.example", Path: "/match", Category: FaceRecognition, What: "matches faces"}}, File: "cfg.yml:3"}
	if _, err := Default().Extend([]*Entry{e}); err != nil {
		t.Fatal(err)
	}
}
