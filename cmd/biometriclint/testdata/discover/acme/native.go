package acme

// #cgo LDFLAGS: -lacme_facedet
// #include "acme_face.h"
import "C"

// Landmarks finds facial landmarks through the native library.
func Landmarks(img []byte) { C.AcmeFaceLandmarks(nil) }

// DetectorModel is the detector's model file.
const DetectorModel = "models/acme_face_detector.onnx"
