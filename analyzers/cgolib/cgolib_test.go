package cgolib_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/internal/checktest"
	"github.com/biometriclint/biometriclint/internal/testsetup"
)

const (
	dlib   = "dlib face detection and recognition (C++): "
	opencv = "OpenCV face module and face detectors (C++): "
	legalR = " [face-recognition; EU AI Act Art. 5(1)(e), 5(1)(h), Annex III 1(a)]"
	legalD = " [face-detection; EU AI Act Art. 3(34)]"
	off    = " (in a file excluded by the build: cgo is disabled)"
)

// want is what the analyzer reports on testdata/mod; note is added to the
// findings in cgo preambles, which cgo off excludes from the build. The C
// and C++ files are reported alike either way; plainopencv (OpenCV
// without face headers, pkg-config opencv4, a local faces.h) is silent.
func want(note string) []string {
	return []string{
		"dlibface/face.go:5:4: [face-recognition] " + dlib + "#cgo LDFLAGS: -ldlib links dlib, the C++ library of go-face's face detection and recognition" + legalR + note,
		"dlibface/facerec.cc:3:1: [face-detection] " + dlib + "#include <dlib/image_processing/shape_predictor.h> declares dlib's facial landmark predictor" + legalD,
		"dlibface/facerec.h:3:1: [face-detection] " + dlib + "#include <dlib/image_processing/frontal_face_detector.h> declares dlib's HOG face detector" + legalD,
		"gocvlike/face.h:3:1: [face-recognition] " + opencv + "#include <opencv2/face.hpp> declares OpenCV's face recognizers and facial landmark detectors" + legalR,
		"gocvlike/gocv.go:5:1: [face-detection] " + opencv + "#cgo pkg-config: opencv4 builds against OpenCV, here with its face APIs" + legalD + note,
		"gocvlike/gocv.go:6:1: [face-recognition] " + opencv + "#cgo LDFLAGS: -lopencv_face4110 links OpenCV's face module (face recognizers and landmarks)" + legalR + note,
		"linkonly/link.go:5:4: [face-recognition] " + opencv + "#cgo LDFLAGS: -lopencv_face links OpenCV's face module (face recognizers and landmarks)" + legalR + note,
	}
}

// TestCgoOn needs a C compiler (scripts/setup.d installs one): then cgo
// runs on linkonly, whose preamble compiles, and the analyzer must find
// the preamble in the original file behind cgo's output.
func TestCgoOn(t *testing.T) {
	testsetup.Tool(t, "gcc", "20-cgo.sh")
	env := []string{"CGO_ENABLED=1"}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedFiles | packages.NeedCompiledGoFiles, Dir: "testdata/mod", Env: append(checktest.Env(), env...)}, "./linkonly")
	if err != nil || len(pkgs) != 1 {
		t.Fatal(pkgs, err)
	}
	for _, f := range pkgs[0].CompiledGoFiles {
		if filepath.Base(f) == "link.go" {
			t.Fatalf("cgo did not run on linkonly: compiled files %v", pkgs[0].CompiledGoFiles)
		}
	}
	checktest.Equal(t, checktest.Run(t, "testdata/mod", env, cgolib.Analyzer, "./..."), want(""))
}

func TestCgoOff(t *testing.T) {
	checktest.Equal(t, checktest.Run(t, "testdata/mod", []string{"CGO_ENABLED=0"}, cgolib.Analyzer, "./..."), want(off))
}

func TestDirectives(t *testing.T) {
	text := "  #cgo linux,amd64 LDFLAGS: -L/opt/lib -ldlib -l opencv_face -Wl,-rpath,/x\n" +
		"  #  include  <dlib/dnn.h> // comment\n" +
		"#include \"local.h\"\n" +
		"#include <broken\n" +
		"#cgo pkg-config: --static opencv4 dlib-1\n" +
		"#cgo CFLAGS: -I/usr/include/opencv4 -lnotalib\n" +
		"#define X 1\n"
	var got []string
	for _, d := range cgolib.Directives(text, true) {
		got = append(got, []string{"header", "lib", "pkg-config"}[d.Kind]+" "+d.Name+" @"+text[d.Offset:d.Offset+2])
	}
	want := "lib dlib @#c|lib opencv_face @#c|header dlib/dnn.h @# |header local.h @#i|pkg-config opencv4 @#c|pkg-config dlib-1 @#c"
	if strings.Join(got, "|") != want {
		t.Errorf("Directives =\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	if ds := cgolib.Directives(text, false); len(ds) != 2 {
		t.Errorf("C text: %d directives, want the 2 includes", len(ds))
	}
}
