package mediabody

import (
	"bytes"
	"image"
	"image/jpeg"
)

// DetectFaces decodes the bytes it is given: its body handles media.
func DetectFaces(raw []byte) int { // want `func DetectFaces may be face detection outside the catalog; evidence: name: faces\+detect; modality: media input`
	img, _ := jpeg.Decode(bytes.NewReader(raw))
	_ = img
	return 0
}

// RecognizeEmotion names an emotion and no medium: the image its body
// decodes makes it emotion recognition.
func RecognizeEmotion(raw []byte) string { // want `func RecognizeEmotion may be emotion recognition outside the catalog; evidence: name: emotion\+input; modality: media input`
	img, _, _ := image.Decode(bytes.NewReader(raw))
	_ = img
	return ""
}

// ParseEmotion names an emotion and reads no medium: nothing.
func ParseEmotion(raw []byte) string {
	return string(raw)
}
