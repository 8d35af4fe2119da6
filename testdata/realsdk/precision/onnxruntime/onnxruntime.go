// Package onnxruntime runs ONNX models: the model decides the category.
package onnxruntime

import (
	"os"

	ort "github.com/yalue/onnxruntime_go"
)

func Sessions(in, out []string) error {
	if _, err := ort.NewDynamicAdvancedSession("genderage.onnx", in, out, nil); err != nil { // want `onnxruntime_go.NewDynamicAdvancedSession .*; here it loads genderage.onnx, which is the InsightFace age and gender model \[biometric-categorisation;`
		return err
	}
	data, err := os.ReadFile("models/w600k_r50.onnx")
	if err != nil {
		return err
	}
	_, err = ort.NewDynamicAdvancedSessionWithONNXData(data, in, out, nil) // want `here it loads models/w600k_r50.onnx, which is an InsightFace ArcFace recognition model \[face-recognition;`
	if err != nil {
		return err
	}
	_, err = ort.NewDynamicAdvancedSession("sentiment-bert.onnx", in, out, nil) // a text model: no finding
	return err
}
