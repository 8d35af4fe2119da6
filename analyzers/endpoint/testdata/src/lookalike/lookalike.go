// Package lookalike has URLs and strings that look like face APIs and are not.
package lookalike

import (
	"bytes"
	"net/http"
)

const (
	status    = "https://api.luxand.cloud/status"
	hume      = "https://api.hume.ai"
	labels    = "https://vision.googleapis.com/v1/images:annotate"
	faceDocs  = "https://example.com/docs/face/detect"
	faceppish = "/facepp/v4/detect"
	azureish  = "/face/v1.0/detectnothing"
	boxInfo   = "/facebox/info"
	sight     = "https://api.sightengine.com/1.0/check.json?models=nudity-2.1,weapon"
	target    = "RekognitionService.DetectLabels"
	fontFace  = "face/detect"
)

// Labels asks Cloud Vision for labels only.
func Labels() (*http.Response, error) {
	body := []byte(`{"requests":[{"features":[{"type":"LABEL_DETECTION"}]}]}`)
	return http.Post(labels, "application/json", bytes.NewReader(body))
}

type T struct {
	URL string `json:"https://api.luxand.cloud/photo/emotions"`
}
