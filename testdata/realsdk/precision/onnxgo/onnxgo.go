// Package onnxgo decodes ONNX models with onnx-go, as its emotions example
// does: the model file decides the category, and a digit classifier stays
// silent.
package onnxgo

import (
	"os"

	"github.com/owulveryck/onnx-go"
	"github.com/owulveryck/onnx-go/backend/x/gorgonnx"
)

// Emotions decodes the FER+ emotion model.
func Emotions() (*onnx.Model, error) {
	m := onnx.NewModel(gorgonnx.NewGraph())
	b, err := os.ReadFile("model/emotion-ferplus-8.onnx")
	if err != nil {
		return nil, err
	}
	return m, m.UnmarshalBinary(b) // want `onnx\.Model\.UnmarshalBinary decodes an ONNX model; here it loads model/emotion-ferplus-8\.onnx, which is .*\[emotion-recognition;`
}

// Digits is the look-alike: the same calls for an MNIST digit classifier.
func Digits() (*onnx.Model, error) {
	m := onnx.NewModel(gorgonnx.NewGraph())
	b, err := os.ReadFile("model/mnist-8.onnx")
	if err != nil {
		return nil, err
	}
	return m, m.UnmarshalBinary(b)
}
