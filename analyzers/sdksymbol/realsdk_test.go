package sdksymbol_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/sdksymbol"
)

// TestRealSDKs runs on the real SDK modules at pinned versions, with cgo on
// (go-face and gocv then fail to build: no dlib, no OpenCV) and off (their
// cgo files are left out, and uses resolve through the file's imports).
func TestRealSDKs(t *testing.T) {
	for _, cgo := range []string{"1", "0"} {
		t.Run("CGO_ENABLED="+cgo, func(t *testing.T) {
			t.Setenv("CGO_ENABLED", cgo)
			dir := filepath.Join("..", "..", "testdata", "realsdk")
			patterns := []string{"./symbols/...", "./precision/...", "./vendors/...", "./lookalike"}
			if cgo == "1" {
				patterns = append(patterns, "./cgoonly/...")
			}
			analysistest.Run(t, dir, sdksymbol.Analyzer, patterns...)
		})
	}
}

// TestStubSDKs runs on the SDKs the module proxy serves at no version,
// through their stubs (testdata/stubs, replaced in testdata/stubsdk).
func TestStubSDKs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "stubsdk")
	analysistest.Run(t, dir, sdksymbol.Analyzer, "./onnxface", "./baidu", "./faceplusplus", "./voiceit", "./onfidoopenapi", "./onfidodhia")
}
