// Package lookalike names models that are not face or emotion models.
package lookalike

import _ "embed"

var models = []string{
	"yolov8n.onnx",
	"resnet50-v2-7.onnx",
	"haarcascade_frontalcatface.xml",
	"haarcascade_frontalcatface_extended.xml",
	"haarcascade_russian_plate_number.xml",
	"deploy.prototxt",
	"face.go",
	"surface_detection.onnx",
	"emotion-ferplus-8.onnx.txt",
	"cascade/facefinder/README",
	"the emotion-ferplus-8.onnx model",
}

//go:embed haarcascade_frontalcatface.xml
var cat []byte
