// Package ghostface is a stub of github.com/leandroveronezi/go-onnxface/ghostface, read
// from ghostface/recognizer.go at commit debe8e833e7ed1fce15e8c4682ceabae768acf67 of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package ghostface

import (
	"image"
)

// Recognizer runs GhostFaceNetV1 face recognition.
type Recognizer struct{}

// NewRecognizer loads the model.
func NewRecognizer(modelPath string) (*Recognizer, error) { return &Recognizer{}, nil }

// Close releases the model.
func (r *Recognizer) Close() {}

// Align warps a detected face to the model's input crop.
func (r *Recognizer) Align(img image.Image, landmarks [5]image.Point) image.Image { return nil }

// Feature extracts the embedding of an aligned face.
func (r *Recognizer) Feature(aligned image.Image) ([]float32, error) { return nil, nil }
