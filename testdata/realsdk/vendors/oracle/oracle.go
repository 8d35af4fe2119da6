// Package oracle asks OCI Vision for face embeddings and face detection,
// next to image classification, which is not biometric.
package oracle

import "github.com/oracle/oci-go-sdk/v65/aivision"

func Features() []aivision.ImageFeature {
	return []aivision.ImageFeature{
		aivision.FaceEmbeddingFeature{}, // want `aivision\.FaceEmbeddingFeature .*\[face-recognition;`
		aivision.ImageClassificationFeature{},
	}
}

func Count(r aivision.AnalyzeImageResult) int {
	_ = r.Labels
	return len(r.DetectedFaces) // want `aivision\.AnalyzeImageResult\.DetectedFaces .*\[face-detection;`
}
