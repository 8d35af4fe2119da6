// Package yunet is a stub of github.com/leandroveronezi/go-onnxface/yunet, read
// from yunet/detector.go at commit 8cc227f90d20f31bae6817bcb297b346bb077b3e of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package yunet

import (
	"image"

	"github.com/leandroveronezi/go-onnxface/face"
)

// Detector runs YuNet face detection.
type Detector struct {
	ScoreThreshold float32
	NMSThreshold   float32
	TopK           int
}

// NewDetector loads the model.
func NewDetector(modelPath string) (*Detector, error) { return &Detector{}, nil }

// Close releases the model.
func (d *Detector) Close() {}

// Detect finds faces in an image.
func (d *Detector) Detect(img image.Image) ([]face.Face, error) { return nil, nil }
