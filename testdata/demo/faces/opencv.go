package faces

import "gocv.io/x/gocv"

// Embed computes a face embedding with OpenCV's SFace model. gocv needs
// OpenCV through cgo; the package does not compile without it.
func Embed(face gocv.Mat) gocv.Mat {
	rec := gocv.NewFaceRecognizerSF("face_recognition_sface_2021dec.onnx", "")
	feature := gocv.NewMat()
	rec.Feature(face, &feature)
	return feature
}
