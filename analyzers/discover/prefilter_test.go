package discover

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

func TestMayHaveEvidence(t *testing.T) {
	for _, tc := range []struct {
		src  string
		strs []string
		want bool
	}{
		{"package p\nfunc Parse(s string) int { return len(s) }\n", nil, false},
		{"package p\nfunc CompareFaces(img []byte) {}\n", nil, true},
		{"package p\nconst u = \"/SPEAKER/verify\"\n", nil, true},
		// The base URL comes from another file: the folded string says it.
		{"package p\nfunc call() { post(base + \"/verify\") }\n", []string{"https://faceapi.example/verify"}, true},
		{"", nil, true}, // an unreadable file is scanned
		// An expression needs a medium beside it.
		{"package p\n// Eval evaluates an expression.\nfunc Eval(e Expr) {}\n", nil, false},
		{"package p\nfunc DetectExpressions(img []byte) {}\n", nil, true},
		{"package p\nfunc Expressions(u string) {}\n", []string{"https://x.example/v1/video"}, true},
	} {
		var strs []strconst.String
		for _, s := range tc.strs {
			strs = append(strs, strconst.String{Text: s})
		}
		var src []byte
		if tc.src != "" {
			src = []byte(tc.src)
		}
		if got := mayHaveEvidence(src, strs); got != tc.want {
			t.Errorf("mayHaveEvidence(%q, %q) = %v, want %v", tc.src, tc.strs, got, tc.want)
		}
	}
}

// TestHasAnchor: an anchor counts only as a word of the scanner's
// vocabulary, as the scanner splits names.
func TestHasAnchor(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"type Reader interface{ Read() }", false},
		{"var s Surface; t := Typeface{}; preface()", false},
		{"TypeFace", true}, // type, face: the scanner reads it, and its vetoes decide
		{"INTERFACE", false},
		{"MyInterfaceFace", true}, // interface, face
		{"detectFaces(img)", true},
		{"seetafacedetect", true}, // glued: _seeta, face, detect
		{"FACE_DETECT", true},
		{"/v1/faces/detect", true},
		{"shape_predictor_68_face_landmarks.dat", true},
		{"arcface_r100.onnx", true},
		{"retinaface", true},
		{"voiceprint", true},
		{"SpeakerID", true},
		{"ageGender", true},
		{"facebook.com/login", false},
		{"Facet(x)", false},
		{"", false},
	} {
		if got := hasAnchor([]byte(tc.text), anchors, vocabulary); got != tc.want {
			t.Errorf("hasAnchor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
