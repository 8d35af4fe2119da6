// Package onnxface is a stub of github.com/leandroveronezi/go-onnxface
// (face detection, recognition and liveness on ONNX Runtime), which the
// module proxy does not serve at any version.
//
// Where it was read: the public repository leandroveronezi/go-onnxface,
// recognizer.go, engines.go and models.go at commit
// 5005748f80c345295dc1a34a243a0f7570c87e46, recognize.go at
// 5d3e6a89d6657daade1abc70684150591415ab07, dataset.go at
// 98c896ca249fc57b4030d12465714b9f6c70637b and face.go at
// 21f5e6ad0ca6f962f20765f21cc9c098dacbab22 (the newest stored version of
// each file; the research notes give v0.3.0 as the newest tag).
// LivenessDetector and LivenessResult are the names recognizer.go uses;
// their definitions (aliases of the face package's) are inferred from that
// use. Only the exported API that biometriclint's catalog names is
// reproduced, with the real signatures; bodies return zero values and
// nothing here runs a model.
package onnxface

import (
	"errors"
	"image"

	"github.com/leandroveronezi/go-onnxface/arcface"
	"github.com/leandroveronezi/go-onnxface/face"
)

// Re-exports of the face package, as face.go declares them.
type (
	Face             = face.Face
	FaceDetector     = face.FaceDetector
	FaceRecognizer   = face.FaceRecognizer
	DistanceType     = face.DistanceType
	LivenessDetector = face.LivenessDetector
	LivenessResult   = face.Result
)

// Distance metrics of Match.
const (
	DistanceCosine = face.DistanceCosine
	DistanceL2     = face.DistanceL2
)

// Sentinel errors of Recognizer.
var (
	ErrNoFace           = errors.New("no face found")
	ErrMultipleFaces    = errors.New("more than one face found")
	ErrNoMatch          = errors.New("no match within tolerance")
	ErrNoLivenessEngine = errors.New("no liveness engine configured")
)

// Match compares two face embeddings.
func Match(feature1, feature2 []float32, dist DistanceType) float64 { return 0 }

// AlignCrop warps a face to the 112x112 crop recognizers expect.
func AlignCrop(img image.Image, landmarks [5]image.Point) *image.RGBA { return nil }

// DetectorEngine selects the detection engine of Recognizer.Init.
type DetectorEngine int

// Detection engines.
const (
	DetectorYuNet DetectorEngine = iota
	DetectorCenterFace
	DetectorRetinaFace
)

// RecognizerEngine selects the recognition engine of Recognizer.Init.
type RecognizerEngine int

// Recognition engines.
const (
	RecognizerSFace RecognizerEngine = iota
	RecognizerArcFace
	RecognizerGhostFace
)

// LivenessEngine selects the liveness engine of Recognizer.Init.
type LivenessEngine int

// Liveness engines.
const (
	LivenessNone LivenessEngine = iota
	LivenessMiniFAS
	LivenessSeetaFace6
)

// Data is one known face of a Recognizer's dataset.
type Data struct {
	Id      string
	Feature []float32
}

// Recognition is a detected face matched against the dataset.
type Recognition struct {
	Data
	Rectangle  image.Rectangle
	Landmarks  [5]image.Point
	Distance   float64
	Confidence float64
}

// Config selects the engines Recognizer.Init loads.
type Config struct {
	Detector       DetectorEngine
	Recognizer     RecognizerEngine
	Liveness       LivenessEngine
	DetectorFile   string
	RecognizerFile string
	LivenessFiles  [2]string
	ArcFace        arcface.Config
}

// Recognizer is the file-path face recognition API.
type Recognizer struct {
	Tolerance float64
	Model     Config
	Dataset   []Data
}

// Init loads the engines selected by Model from dir.
func (r *Recognizer) Init(dir string) error { return nil }

// Close releases the engines.
func (r *Recognizer) Close() {}

// AddImageToDataset enrols the one face of an image under an identity.
func (r *Recognizer) AddImageToDataset(path, id string) error { return nil }

// RecognizeSingle detects the one face of an image and computes its embedding.
func (r *Recognizer) RecognizeSingle(path string) (Face, error) { return Face{}, nil }

// RecognizeMultiples detects every face of an image.
func (r *Recognizer) RecognizeMultiples(path string) ([]Face, error) { return nil, nil }

// Identify matches the one face of an image against the dataset.
func (r *Recognizer) Identify(path string) (Recognition, error) { return Recognition{}, nil }

// IdentifyMultiples matches every face of an image against the dataset.
func (r *Recognizer) IdentifyMultiples(path string) ([]Recognition, error) { return nil, nil }

// CheckLiveness classifies the one face of an image as live or a spoof.
func (r *Recognizer) CheckLiveness(path string) (LivenessResult, error) {
	return LivenessResult{}, nil
}

// DownloadModels downloads the models Init loads.
func (r *Recognizer) DownloadModels(dir string) error { return nil }

// SaveDataset saves the dataset to a JSON file.
func (r *Recognizer) SaveDataset(path string) error { return nil }

// LoadDataset appends the entries of a JSON file to the dataset.
func (r *Recognizer) LoadDataset(path string) error { return nil }

// Result pairs a detected face with its embedding.
type Result struct {
	Face
	Feature []float32
}

// Engine ties a detector and a recognizer together.
type Engine struct {
	Detector   FaceDetector
	Recognizer FaceRecognizer
}

// NewEngine builds an Engine.
func NewEngine(det FaceDetector, rec FaceRecognizer) *Engine { return &Engine{} }

// Close closes the detector and the recognizer.
func (e *Engine) Close() {}

// Recognize detects faces and computes their embeddings.
func (e *Engine) Recognize(img image.Image) ([]Result, error) { return nil, nil }

// CompareResult is the outcome of Compare.
type CompareResult struct {
	IsMatch    bool
	Distance   float64
	Confidence float64
}

// Compare compares two embeddings against a tolerance.
func Compare(feature1, feature2 []float32, tolerance float64) CompareResult {
	return CompareResult{}
}
