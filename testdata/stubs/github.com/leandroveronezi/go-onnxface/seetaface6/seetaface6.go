// Package seetaface6 is a stub of github.com/leandroveronezi/go-onnxface/seetaface6, read
// from seetaface6/detector.go and seetaface6/download.go at commit 5005748f80c345295dc1a34a243a0f7570c87e46 of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package seetaface6

import (
	"image"

	"github.com/leandroveronezi/go-onnxface/face"
)

// Model files DownloadModel writes.
const (
	FasFirstFileName  = "fas_first.onnx"
	FasSecondFileName = "fas_second.onnx"
)

// Detector runs SeetaFace6 anti-spoofing (fas_first and fas_second).
type Detector struct{}

// NewDetector loads the two models.
func NewDetector(fasFirstPath, fasSecondPath string) (*Detector, error) { return &Detector{}, nil }

// Close releases the models.
func (d *Detector) Close() {}

// Detect classifies a detected face as live or a print or replay spoof.
func (d *Detector) Detect(img image.Image, f face.Face) (face.Result, error) {
	return face.Result{}, nil
}

// DownloadModel downloads both models into dir.
func DownloadModel(dir string) error { return nil }
