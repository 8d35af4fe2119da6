package sdkimport_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/analyzers/sdkimport"
	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// TestRealSDKs runs on the real SDK modules at pinned versions, with cgo on
// (go-face and gocv then fail to build: no dlib, no OpenCV) and off.
func TestRealSDKs(t *testing.T) {
	for _, cgo := range []string{"1", "0"} {
		t.Run("CGO_ENABLED="+cgo, func(t *testing.T) {
			t.Setenv("CGO_ENABLED", cgo)
			dir := filepath.Join("..", "..", "testdata", "realsdk")
			testsetup.Modules(t, dir)
			analysistest.Run(t, dir, analysistestutil.ReadingExcludedWants(sdkimport.Analyzer), "./imports", "./lookalike")
		})
	}
}

// TestStubSDKs runs on the SDKs the module proxy serves at no version,
// through their stubs (testdata/stubs, replaced in testdata/stubsdk): every
// case under testdata/stubsdk/sdkimport, found in the directory.
func TestStubSDKs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "stubsdk")
	analysistest.Run(t, dir, sdkimport.Analyzer, testsetup.StubCases(t, dir, sdkimport.Analyzer.Name)...)
}
