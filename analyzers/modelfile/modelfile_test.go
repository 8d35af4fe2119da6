package modelfile_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/modelfile"
)

// TestExcludedFiles reads the expectations of files the build excludes too.
func TestExcludedFiles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analysistestutil.ReadingExcludedWants(modelfile.Analyzer), "tagged")
}

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), modelfile.Analyzer, "models", "lookalike")
}

// TestUnseparated: a catalog that names a model file without a dot or a
// slash has it found in a literal that strconst.Folder.Named leaves out.
func TestUnseparated(t *testing.T) {
	const data = `
vendor: Intranet
entries:
  - {id: intranet, product: Intranet face model, docs: "https://example.com", source: "https://example.com/models",
     models: [{name: facenet_weights, category: face-recognition, what: embeds faces}]}
`
	analysistest.Run(t, analysistest.TestData(), analysistestutil.WithCatalog(t, data, modelfile.Analyzer), "unseparated")
}
