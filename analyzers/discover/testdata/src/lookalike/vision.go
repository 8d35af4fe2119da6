package lookalike

import "image"

// Box is an object found in an image.
type Box struct {
	Class string
	Score float64
}

// DetectPersons runs an object detector and keeps the persons.
func DetectPersons(img image.Image) []Box {
	var out []Box
	for _, b := range detectObjects(img) {
		if b.Class == "person" {
			out = append(out, b)
		}
	}
	return out
}

func detectObjects(img image.Image) []Box { return nil }

// Labels, text and moderation of a multi-purpose vision SDK.
type VisionClient struct{}

func (VisionClient) DetectLabels(img []byte) []string { return nil }
func (VisionClient) DetectText(img []byte) string     { return "" }
func (VisionClient) ModerateImage(img []byte) bool    { return false }

func useVision(c VisionClient, photo []byte) {
	c.DetectLabels(photo)
	c.DetectText(photo)
	c.ModerateImage(photo)
}

const ocrModel = "models/ppocr_det.onnx"
const yoloModel = "models/yolov8n.onnx"
