package sdkimport_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
)

// TestRealSDKs runs on the real SDK modules at pinned versions, with cgo on
// (go-face and gocv then fail to build: no dlib, no OpenCV) and off.
func TestRealSDKs(t *testing.T) {
	for _, cgo := range []string{"1", "0"} {
		t.Run("CGO_ENABLED="+cgo, func(t *testing.T) {
			t.Setenv("CGO_ENABLED", cgo)
			dir := filepath.Join("..", "..", "testdata", "realsdk")
			analysistest.Run(t, dir, analysistestutil.ReadingExcludedWants(sdkimport.Analyzer), "./imports", "./lookalike")
		})
	}
}

// TestStubSDKs runs on the SDKs the module proxy serves at no version,
// through their stubs (testdata/stubs, replaced in testdata/stubsdk).
func TestStubSDKs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "stubsdk")
	analysistest.Run(t, dir, sdkimport.Analyzer, "./imports")
}
