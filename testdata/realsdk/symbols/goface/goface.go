// Package goface uses go-face (dlib through cgo, not installed here).
package goface

import face "github.com/Kagami/go-face"

func Known(dir string, samples []face.Descriptor, ids []int32) (*face.Recognizer, error) { // the types are supporting evidence of the model load below
	return face.NewRecognizer(dir) // want `face.NewRecognizer loads the dlib face detection, landmark and recognition models \[face-recognition;`
}
