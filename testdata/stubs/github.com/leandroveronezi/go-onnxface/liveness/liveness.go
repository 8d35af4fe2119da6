// Package liveness is a stub of github.com/leandroveronezi/go-onnxface/liveness, read
// from liveness/detector.go and liveness/download.go at commit 5005748f80c345295dc1a34a243a0f7570c87e46 and f47b39a742d0eff3dbc1ba44b9f42f7b081fab76 of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package liveness

import (
	"image"

	"github.com/leandroveronezi/go-onnxface/face"
)

// Model files DownloadModel writes.
const (
	ModelV2FileName   = "minifasnet_v2.onnx"
	ModelV1SEFileName = "minifasnet_v1se.onnx"
)

// Detector runs the MiniFASNetV2/V1SE anti-spoofing ensemble.
type Detector struct{}

// NewDetector loads the two models.
func NewDetector(v2Path, v1sePath string) (*Detector, error) { return &Detector{}, nil }

// Close releases the models.
func (d *Detector) Close() {}

// Detect classifies a detected face as live or a print or replay spoof.
func (d *Detector) Detect(img image.Image, f face.Face) (face.Result, error) {
	return face.Result{}, nil
}

// DownloadModel downloads both models into dir.
func DownloadModel(dir string) error { return nil }

// Result is the outcome of a liveness check.
type Result = face.Result
