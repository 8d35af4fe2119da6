// Package sface is a stub of github.com/leandroveronezi/go-onnxface/sface, read
// from sface/recognizer.go at commit 21f5e6ad0ca6f962f20765f21cc9c098dacbab22 of the public repository leandroveronezi/go-onnxface
// (see the root package). Signatures only.
package sface

import (
	"image"
)

// Recognizer runs SFace face recognition.
type Recognizer struct{}

// NewRecognizer loads the model.
func NewRecognizer(modelPath string) (*Recognizer, error) { return &Recognizer{}, nil }

// Close releases the model.
func (r *Recognizer) Close() {}

// Align warps a detected face to the model's input crop.
func (r *Recognizer) Align(img image.Image, landmarks [5]image.Point) image.Image { return nil }

// Feature extracts the embedding of an aligned face.
func (r *Recognizer) Feature(aligned image.Image) ([]float32, error) { return nil, nil }
