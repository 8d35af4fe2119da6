// Package face is a stub of github.com/leandroveronezi/go-onnxface/face,
// read from face/face.go at commit 5005748f80c345295dc1a34a243a0f7570c87e46
// and face/align.go at 21f5e6ad0ca6f962f20765f21cc9c098dacbab22 of the
// public repository leandroveronezi/go-onnxface (see the root package).
// Signatures only.
package face

import "image"

// Face is a detected face.
type Face struct {
	Rectangle image.Rectangle
	Landmarks [5]image.Point
	Score     float32
}

// FaceDetector locates faces in an image.
type FaceDetector interface {
	Detect(img image.Image) ([]Face, error)
	Close()
}

// FaceRecognizer aligns a detected face and extracts its embedding.
type FaceRecognizer interface {
	Align(img image.Image, landmarks [5]image.Point) image.Image
	Feature(aligned image.Image) ([]float32, error)
	Close()
}

// Result is the outcome of a liveness check.
type Result struct {
	IsLive bool
	Score  float64
}

// LivenessDetector classifies a detected face as live or a spoof.
type LivenessDetector interface {
	Detect(img image.Image, f Face) (Result, error)
	Close()
}

// DistanceType selects the metric of Match.
type DistanceType int

// Distance metrics.
const (
	DistanceCosine DistanceType = iota
	DistanceL2
)

// Match compares two embeddings.
func Match(feature1, feature2 []float32, dist DistanceType) float64 { return 0 }

// AlignCrop warps a face to the 112x112 recognition crop.
func AlignCrop(img image.Image, landmarks [5]image.Point) *image.RGBA { return nil }
