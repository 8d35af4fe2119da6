// Package arcface computes ArcFace faceprints with arcface-go. The package
// needs ONNX Runtime through cgo, so it type-checks only with cgo on.
package arcface

import (
	"image"

	"github.com/jack139/arcface-go/arcface"
)

// Faceprint loads the models, detects the first face and computes its
// embedding.
func Faceprint(dir string, img image.Image) ([]float32, error) {
	if err := arcface.LoadOnnxModel(dir); err != nil { // want `arcface\.LoadOnnxModel loads InsightFace's face detection and ArcFace recognition models \[face-recognition;`
		return nil, err
	}
	_, points, err := arcface.FaceDetect(img) // want `arcface\.FaceDetect detects faces and their landmarks \[face-detection;`
	if err != nil || len(points) == 0 {
		return nil, err
	}
	emb, _, err := arcface.FaceFeatures(img, points[0]) // want `arcface\.FaceFeatures computes the ArcFace embedding \(faceprint\) of a face \[face-recognition;`
	return emb, err
}
