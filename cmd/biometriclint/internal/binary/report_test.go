package binary

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// TestReportNotes checks the notes only a binary needs: a loader whose
// model file decides is a possible finding, and a program that calls
// methods by reflection links methods it may never call.
func TestReportNotes(t *testing.T) {
	cat := catalog.Default()
	load := cat.Symbol("gocv.io/x/gocv", "CascadeClassifier.Load")
	if load == nil {
		t.Fatal("gocv CascadeClassifier.Load not catalogued")
	}
	b := &Binary{Name: "app", GOOS: "linux", GOARCH: "arm64", Format: "elf", Size: 3, SHA256: "abc",
		Symbols: []LinkedSymbol{{load, "gocv.(*CascadeClassifier).Load"}}, ReflectMethods: true}
	r, subjects := Report(cat, &Result{Binaries: []*Binary{b}})
	fs := r.Findings()
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	want := "OpenCV (gocv): gocv.(*CascadeClassifier).Load loads a cascade classifier [face-detection; EU AI Act Art. 3(34)] " +
		"(possible; what it loads is not visible in a binary: it may not be biometric; the program calls methods through reflection, " +
		"which links every exported method of its types: linked in, perhaps never called)"
	if fs[0].Message != want {
		t.Errorf("message:\n%s\nwant:\n%s", fs[0].Message, want)
	}
	sub := subjects[fs[0]]
	if !sub.Possible || sub.Package != "gocv.io/x/gocv" || sub.Symbol != "CascadeClassifier.Load" || sub.Position.Filename != "app" {
		t.Errorf("policy subject %+v", sub)
	}
	if got := fs[0].Related[0].Message; got != "linux/arm64 ELF executable; 3 bytes, sha256 abc" {
		t.Errorf("provenance %q", got)
	}
}
