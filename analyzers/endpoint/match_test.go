package endpoint

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

func TestMatchEndpoint(t *testing.T) {
	m := NewMatcher(catalog.Default())
	u := strconst.Unknown
	tests := []struct {
		s      string
		params []Param
		want   catalog.Category // "" for no match
		entry  string
	}{
		{"https://api-cn.faceplusplus.com/facepp/v3/detect", nil, catalog.FaceDetection, "rest-faceplusplus"},
		{"https://api-cn.faceplusplus.com/facepp/v3/detect?return_attributes=emotion", nil, catalog.EmotionRecognition, "rest-faceplusplus"},
		{"/facepp/v3/detect", []Param{{Name: "RETURN_ATTRIBUTES", Value: "age gender"}}, catalog.BiometricCategorisation, "rest-faceplusplus"},
		{"/facepp/v3/detect", []Param{{Name: "return_attributes", Value: "age"}, {Name: "return_attributes", Value: "emotion"}}, catalog.EmotionRecognition, "rest-faceplusplus"},
		{u + "/face/v1.0/detect?returnFaceAttributes=emotion", nil, catalog.EmotionRecognition, "rest-azure-face"},
		{"https://x.cognitiveservices.azure.com/face/v1.2/detectLivenessWithVerify-sessions/abc", nil, catalog.FaceLiveness, "rest-azure-face"},
		{"https://x.cognitiveservices.azure.com/FACE/V1.0/IDENTIFY", nil, catalog.FaceRecognition, "rest-azure-face"},
		{"https://x.cognitiveservices.azure.com/vision/v3.2/analyze?visualFeatures=Tags,Faces", nil, catalog.FaceDetection, "rest-azure-face"},
		{"https://x.cognitiveservices.azure.com/vision/v3.2/analyze?visualFeatures=Tags", nil, "", ""},
		{"https://api.kairos.com:443/recognize", nil, catalog.FaceRecognition, "rest-kairos"},
		{"api.luxand.cloud/photo/search/v2", nil, catalog.FaceRecognition, "rest-luxand"},
		{"RekognitionService.DetectFaces", []Param{{Name: "Attributes", Value: "DEFAULT"}}, catalog.FaceDetection, "rest-aws-rekognition"},
		{"RekognitionService.DetectFaces", []Param{{Name: "Attributes", Value: "EMOTIONS"}}, catalog.EmotionRecognition, "rest-aws-rekognition"},
		{"https://videointelligence.googleapis.com/v1p3beta1/videos:annotate", []Param{{Name: "features", Value: "CELEBRITY_RECOGNITION"}}, catalog.FaceRecognition, "rest-google-vision"},
		{"https://faceid.tencentcloudapi.com/", nil, catalog.FaceLiveness, "rest-tencent-face"},
		// Look-alikes.
		{"https://api.kairos.com/status", nil, "", ""},
		{"https://api.kairos.com", nil, "face-recognition", "rest-kairos"},
		{"https://api.kairos.com/v2", nil, "face-recognition", "rest-kairos"},
		{"api.luxand.cloud", nil, "face-recognition", "rest-luxand"},
		{"https://api.luxand.cloud/status", nil, "", ""},
		{"https://faceid.tencentcloudapi.com/any/path", nil, "face-liveness", "rest-tencent-face"},
		{"https://vision.googleapis.com/v1/images:annotate", []Param{{Name: "type", Value: "LABEL_DETECTION"}}, "", ""},
		{"https://api.luxand.cloud" + u + "/photo/emotions", nil, "", ""},
		{"https://" + u + "/photo/emotions", nil, "", ""},
		{"https://example.com/facebox", nil, "", ""},
		{"RekognitionService.DetectLabels", nil, "", ""},
		{"face/v1.0/detect", nil, "", ""},
		{"the /face/v1.0/detect endpoint", nil, "", ""},
		{"", nil, "", ""},
		{u, nil, "", ""},
	}
	for _, tt := range tests {
		got, ok := m.MatchEndpoint(tt.s, tt.params)
		if ok != (tt.want != "") || got.Category != tt.want {
			t.Errorf("MatchEndpoint(%q, %v) = %v %v, want %v", strconst.Show(tt.s), tt.params, got.Category, ok, tt.want)
			continue
		}
		if ok && got.Endpoint.Entry.ID != tt.entry {
			t.Errorf("MatchEndpoint(%q) entry = %s, want %s", tt.s, got.Endpoint.Entry.ID, tt.entry)
		}
	}
}

func BenchmarkMatchEndpoint(b *testing.B) {
	m := NewMatcher(catalog.Default())
	inputs := []string{
		"https://api-us.faceplusplus.com/facepp/v3/detect?return_attributes=emotion",
		strconst.Unknown + "/face/v1.0/detect",
		"https://example.com/api/v1/users?id=3",
		"RekognitionService.DetectFaces",
		"application/json",
		"hello, world",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			m.MatchEndpoint(s, nil)
		}
	}
}

func TestNames(t *testing.T) {
	m := NewMatcher(catalog.Default())
	for s, want := range map[string]bool{
		"https://vision.googleapis.com/v1/images:annotate": true, // named; its params decide whether it is reported
		"RekognitionService.DetectFaces":                   true,
		"https://vision.googleapis.com/v1/operations":      false,
		"https://example.com/":                             false,
	} {
		if got := m.Names(s); got != want {
			t.Errorf("Names(%q) = %v, want %v", s, got, want)
		}
	}
}
