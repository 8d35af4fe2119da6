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
	// Same families, not faces: dlib's dog detector, an Open Model Zoo
	// person detector, InsightFace's face swapper (editing, not
	// recognition), the ONNX zoo's RetinaNet object detector.
	"mmod_dog_hipsterizer.dat",
	"person-detection-retail-0013.xml",
	"inswapper_128.onnx",
	"retinanet-9.onnx",
}

//go:embed haarcascade_frontalcatface.xml
var cat []byte
