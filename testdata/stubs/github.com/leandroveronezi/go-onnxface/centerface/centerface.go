// Package centerface is a stub of github.com/leandroveronezi/go-onnxface/centerface, read
// from centerface/detector.go and download.go at commit 38399b47104aa4a302c1bb1fcf50b1376a2abe36 and 98c896ca249fc57b4030d12465714b9f6c70637b of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package centerface

import (
	"image"

	"github.com/leandroveronezi/go-onnxface/face"
)

// Detector runs CenterFace face detection.
type Detector struct {
	ScoreThreshold float32
	NMSThreshold   float32
}

// NewDetector loads the model.
func NewDetector(modelPath string) (*Detector, error) { return &Detector{}, nil }

// Close releases the model.
func (d *Detector) Close() {}

// Detect finds faces in an image.
func (d *Detector) Detect(img image.Image) ([]face.Face, error) { return nil, nil }

// ModelFileName is the file DownloadModel writes.
const ModelFileName = "centerface.onnx"

// DownloadModel downloads the model into dir.
func DownloadModel(dir string) error { return nil }
