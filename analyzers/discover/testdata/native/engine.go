// Package nativeface binds a vendor's native face SDK through cgo, as the
// ArcSoft and SeetaFace bindings do.
package nativeface

/*
#cgo LDFLAGS: -lacme_face_engine -lstdc++
#include <stdlib.h>
#include "acme_face_sdk.h"
*/
import "C"

import "unsafe"

// FaceEngine is a handle of the native engine.
type FaceEngine struct{ handle unsafe.Pointer }

// FaceFeatureCompare compares two face features.
func (e *FaceEngine) FaceFeatureCompare(f1, f2 []byte) float32 {
	return float32(C.ASFFaceFeatureCompare(e.handle, unsafe.Pointer(&f1[0]), unsafe.Pointer(&f2[0])))
}

// Extract computes the feature of the face in an image file.
func Extract(imagePath string) []byte {
	p := C.CString(imagePath)
	defer C.free(unsafe.Pointer(p))
	return C.GoBytes(unsafe.Pointer(C.extract(p)), 512)
}

// Model is the detector this binding loads.
const Model = "models/mtcnn.pb"
