// Package gocvuse uses OpenCV through gocv, which does not compile here (no
// OpenCV): findings come out all the same.
package gocvuse

import (
	"image"
	"image/color"

	"gocv.io/x/gocv"
)

func Recognizer() {
	r := gocv.NewFaceRecognizerSF("face_recognition_sface_2021dec.onnx", "") // want `gocv.NewFaceRecognizerSF loads an SFace face recognition model.*\[face-recognition;`
	_ = r
}

func Label(img *gocv.Mat) {
	gocv.PutText(img, "exit", image.Pt(10, 10), gocv.FontHersheySimplex, 1, color.RGBA{}, 2)
}
