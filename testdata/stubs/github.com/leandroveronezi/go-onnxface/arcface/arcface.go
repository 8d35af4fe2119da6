// Package arcface is a stub of github.com/leandroveronezi/go-onnxface/arcface, read
// from arcface/recognizer.go at commit 458e16a4e3789ef2a091bb39caea2ebfae7a12a1 of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package arcface

import (
	"image"
)

// Recognizer runs an ArcFace-family face recognition model.
type Recognizer struct{}

// NewRecognizer loads the model.
func NewRecognizer(modelPath string, cfg Config) (*Recognizer, error) { return &Recognizer{}, nil }

// Close releases the model.
func (r *Recognizer) Close() {}

// Align warps a detected face to the model's input crop.
func (r *Recognizer) Align(img image.Image, landmarks [5]image.Point) image.Image { return nil }

// Feature extracts the embedding of an aligned face.
func (r *Recognizer) Feature(aligned image.Image) ([]float32, error) { return nil, nil }

// Config names the model's tensors and input normalisation.
type Config struct {
	InputName  string
	OutputName string
	InputMean  float64
	InputStd   float64
}
