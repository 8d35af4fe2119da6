// Package goface calls a method of go-face. With cgo off, go-face's types
// are declared in files the build leaves out, so the receiver's type is
// unknown and the call cannot be resolved (the constructor and the types
// named in the file still are: see symbols/goface). It is tested with cgo on.
package goface

import face "github.com/Kagami/go-face"

func Enrol(rec *face.Recognizer, samples []face.Descriptor, ids []int32) {
	rec.SetSamples(samples, ids) // want `face.Recognizer.SetSamples enrols`
}
