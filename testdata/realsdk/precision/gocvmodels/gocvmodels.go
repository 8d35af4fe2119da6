// Package gocvmodels loads networks with gocv: the model file decides
// whether that is biometric. Cascades are in cgoonly/gocvmodels.
package gocvmodels

import "gocv.io/x/gocv"

func Networks() {
	gocv.ReadNetFromONNX("models/emotion-ferplus-8.onnx") // want `gocv.ReadNetFromONNX .*; here it loads models/emotion-ferplus-8.onnx, which is the FER\+ facial emotion recognition model \[emotion-recognition;`
	gocv.ReadNet("yolov8n.onnx", "")                      // an object detector: no finding
}
