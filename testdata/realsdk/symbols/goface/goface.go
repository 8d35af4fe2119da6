// Package goface uses go-face (dlib through cgo, not installed here).
package goface

import face "github.com/Kagami/go-face"

func Known(dir string, samples []face.Descriptor, ids []int32) (*face.Recognizer, error) { // want `face.Descriptor is a 128-dimensional face descriptor`
	return face.NewRecognizer(dir)
}
