package modelfile

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

func TestMatchModel(t *testing.T) {
	mt := NewMatcher(catalog.Default())
	tests := []struct {
		s    string
		want catalog.Category // "" for no match
	}{
		{"face_recognition_sface_2021dec.onnx", catalog.FaceRecognition},
		{"https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2023mar.onnx?raw=true", catalog.FaceDetection},
		{"models/age-gender-recognition-retail-0013.xml", catalog.BiometricCategorisation},
		{"emotions-recognition-retail-0003.bin", catalog.EmotionRecognition},
		{"haarcascade_smile.xml", catalog.EmotionRecognition},
		{"../pigo/cascade/lps/lp38", catalog.FaceDetection},
		{"cascade/lps/", ""}, // "cascade/lps" is a directory, not a cascade
		{"lp38", ""},
		{"facefinder", ""},
		{"genderage.onnx.json", ""},
		{"", ""},
	}
	for _, tt := range tests {
		m, ok := mt.MatchModel(tt.s)
		if ok != (tt.want != "") || ok && m.Category != tt.want {
			t.Errorf("MatchModel(%q) = %v, %v; want %q", tt.s, m, ok, tt.want)
		}
	}
}

func TestLastElems(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"a/b/c", 1, "c"}, {"a/b/c", 2, "b/c"}, {"a/b/c", 3, "a/b/c"}, {"a/b/c", 4, ""}, {"c", 1, "c"}, {"c", 2, ""},
	} {
		if got := lastElems(tt.s, tt.n); got != tt.want {
			t.Errorf("lastElems(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func BenchmarkMatchModel(b *testing.B) {
	mt := NewMatcher(catalog.Default())
	inputs := []string{"/opt/models/face_detection_yunet_2023mar.onnx", "config.yaml", "https://example.com/api/v1/users", "yolov8n.onnx"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			mt.MatchModel(s)
		}
	}
}
