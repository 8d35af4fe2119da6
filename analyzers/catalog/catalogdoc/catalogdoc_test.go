package catalogdoc

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// TestDocsUpToDate fails when docs/catalog.md does not match the catalog.
func TestDocsUpToDate(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, catalog.Default()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "..", "..", "docs", "catalog.md")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run `go generate ./analyzers/catalog`", err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Fatalf("docs/catalog.md is stale: run `go generate ./analyzers/catalog`")
	}
}

func TestDeterministic(t *testing.T) {
	for name, f := range map[string]func(*bytes.Buffer, *catalog.Catalog) error{
		"markdown": func(b *bytes.Buffer, c *catalog.Catalog) error { return Markdown(b, c) },
		"text":     func(b *bytes.Buffer, c *catalog.Catalog) error { return Text(b, c) },
		"json":     func(b *bytes.Buffer, c *catalog.Catalog) error { return JSON(b, c) },
	} {
		var a, b bytes.Buffer
		if err := f(&a, catalog.Default()); err != nil {
			t.Fatal(err)
		}
		if err := f(&b, catalog.Default()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) || a.Len() == 0 {
			t.Errorf("%s output is empty or not deterministic", name)
		}
	}
}

func TestContent(t *testing.T) {
	cat := catalog.Default()
	var js bytes.Buffer
	if err := JSON(&js, cat); err != nil {
		t.Fatal(err)
	}
	var r Reference
	if err := json.Unmarshal(js.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, c := range r.ByCategory {
		sum += c.Total
	}
	if sum != r.Total.Total || r.Total.Total != len(r.Items) {
		t.Errorf("counts per category add up to %d, total %d, items %d", sum, r.Total.Total, len(r.Items))
	}
	found := false
	for _, it := range r.Items {
		if it.Package == "github.com/aws/aws-sdk-go-v2/service/rekognition" && it.Symbol == "Client.CompareFaces" {
			found = it.Category == catalog.FaceRecognition && it.Legal != "" && it.Docs != "" && it.Vendor == "AWS"
		}
	}
	if !found {
		t.Error("Rekognition Client.CompareFaces missing or incomplete in the reference")
	}
	var txt bytes.Buffer
	if err := Text(&txt, cat); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"emotion-recognition", "github.com/aws/aws-sdk-go-v2/service/rekognition.Client.CompareFaces", "VENDOR"} {
		if !strings.Contains(txt.String(), want) {
			t.Errorf("text output lacks %q", want)
		}
	}
}
