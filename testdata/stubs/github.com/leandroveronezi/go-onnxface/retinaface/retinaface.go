// Package retinaface is a stub of github.com/leandroveronezi/go-onnxface/retinaface, read
// from retinaface/download.go (NewDetector as engines.go calls it) at commit 98c896ca249fc57b4030d12465714b9f6c70637b and 5005748f80c345295dc1a34a243a0f7570c87e46 of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package retinaface

import (
	"image"

	"github.com/leandroveronezi/go-onnxface/face"
)

// Detector runs RetinaFace face detection.
type Detector struct{}

// NewDetector loads the model.
func NewDetector(modelPath string) (*Detector, error) { return &Detector{}, nil }

// Close releases the model.
func (d *Detector) Close() {}

// Detect finds faces in an image.
func (d *Detector) Detect(img image.Image) ([]face.Face, error) { return nil, nil }

// ModelFileName is the file DownloadModel writes.
const ModelFileName = "retinaface.onnx"

// DownloadModel downloads the model into dir.
func DownloadModel(dir string) error { return nil }
