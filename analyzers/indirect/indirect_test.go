package indirect_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/biometriclint/biometriclint/analyzers/indirect"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), indirect.Analyzer, "app", "ifaceonly", "identity", "photosvc", "faceapi", "github.com/aws/aws-sdk-go-v2/service/rekognition")
}

// TestWrappedCategory follows the category and the certainty of the SDK
// call through a wrapper in another package: Attributes=ALL is emotion
// recognition for the caller too, a caller-chosen request stays
// undetermined, and a loader of an unknown model is no capability at all.
func TestWrappedCategory(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), indirect.Analyzer, "kiosk", "moods", "loader", "viaiface")
}

// TestRelated checks the chain of one diagnostic, positions included: the
// related information is what leads an auditor from the call to the SDK.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), indirect.Analyzer, "identity")
	var got []string
	for _, r := range results {
		for _, d := range r.Action.Diagnostics {
			got = append(got, position(r.Action.Package.Fset, d.Pos)+": "+d.Category)
			for _, rel := range d.Related {
				got = append(got, "  "+position(r.Action.Package.Fset, rel.Pos)+": "+rel.Message)
			}
		}
	}
	want := []string{
		"identity/identity.go:11:9: face-recognition",
		"  photosvc/photosvc.go:17:9: photosvc.Client.Match calls photosvc.Client.compare",
		"  photosvc/photosvc.go:21:12: photosvc.Client.compare calls rekognition.Client.CompareFaces",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics and related information:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// position is pos as dir/file.go:line:col.
func position(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s/%s:%d:%d", filepath.Base(filepath.Dir(p.Filename)), filepath.Base(p.Filename), p.Line, p.Column)
}

// TestDeterministic checks that two runs export the same facts, byte for
// byte once gob-encoded, as drivers that cache facts require.
func TestDeterministic(t *testing.T) {
	encode := func() []byte {
		var buf bytes.Buffer
		enc := gob.NewEncoder(&buf)
		for _, r := range analysistest.Run(t, analysistest.TestData(), indirect.Analyzer, "app") {
			facts := r.Action.AllObjectFacts()
			slices.SortFunc(facts, func(a, b analysis.ObjectFact) int {
				return strings.Compare(objectpathOf(a.Object), objectpathOf(b.Object))
			})
			for _, f := range facts {
				if err := enc.Encode(objectpathOf(f.Object)); err != nil {
					t.Fatal(err)
				}
				if err := enc.Encode(f.Fact); err != nil {
					t.Fatal(err)
				}
			}
		}
		return buf.Bytes()
	}
	first, second := encode(), encode()
	if len(first) == 0 || !bytes.Equal(first, second) {
		t.Errorf("facts differ between runs, or are missing (%d, %d bytes)", len(first), len(second))
	}
}

// objectpathOf identifies obj across runs. Unexported functions have no
// object path (their facts never leave the package): their string does.
func objectpathOf(obj types.Object) string {
	p, _ := objectpath.For(obj)
	return obj.Pkg().Path() + "." + string(p) + " " + obj.String()
}
