// Package onnxface identifies people, checks liveness and detects faces
// with go-onnxface, next to calls of the same packages that are not
// biometric.
package onnxface

import (
	"image"

	onnxface "github.com/leandroveronezi/go-onnxface"
	"github.com/leandroveronezi/go-onnxface/liveness"
	"github.com/leandroveronezi/go-onnxface/yunet"
)

func Identify(dir, path string) (string, error) {
	var rec onnxface.Recognizer
	rec.Model.Liveness = onnxface.LivenessMiniFAS
	if err := rec.Init(dir); err != nil {         // want `onnxface\.Recognizer\.Init .*\[face-recognition;`
		return "", err
	}
	defer rec.Close()
	if _, err := rec.CheckLiveness(path); err != nil { // want `onnxface\.Recognizer\.CheckLiveness .*\[face-liveness;`
		return "", err
	}
	r, err := rec.Identify(path) // want `onnxface\.Recognizer\.Identify .*\[face-recognition;`
	return r.Id, err
}

func Detect(model string, img image.Image) (int, error) {
	d, err := yunet.NewDetector(model) // want `yunet.NewDetector loads the YuNet face detection model \[face-detection;`
	if err != nil {
		return 0, err
	}
	defer d.Close()
	faces, err := d.Detect(img) // want `yunet\.Detector\.Detect .*\[face-detection;`
	return len(faces), err
}

func Spoof(dir string) error { return liveness.DownloadModel(dir) } // want `liveness\.DownloadModel .*\[face-liveness;`
