package catalog

import (
	"testing"
)

func TestMatchModel(t *testing.T) {
	cat := Default()
	tests := []struct {
		s    string
		want Category // "" for no match
	}{
		{"face_recognition_sface_2021dec.onnx", FaceRecognition},
		{"https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2023mar.onnx?raw=true", FaceDetection},
		{"models/age-gender-recognition-retail-0013.xml", BiometricCategorisation},
		{"emotions-recognition-retail-0003.bin", EmotionRecognition},
		{"haarcascade_smile.xml", EmotionRecognition},
		{"../pigo/cascade/lps/lp38", FaceDetection},
		{"cascade/lps/", ""}, // "cascade/lps" is a directory, not a cascade
		{"lp38", ""},
		{"facefinder", ""},
		{"genderage.onnx.json", ""},
		{"", ""},
	}
	for _, tt := range tests {
		m := cat.Model(tt.s)
		ok := m != nil
		if ok != (tt.want != "") || ok && m.Category != tt.want {
			t.Errorf("Model(%q) = %v; want %q", tt.s, m, tt.want)
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
	cat := Default()
	inputs := []string{"/opt/models/face_detection_yunet_2023mar.onnx", "config.yaml", "https://example.com/api/v1/users", "yolov8n.onnx"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			cat.Model(s)
		}
	}
}
