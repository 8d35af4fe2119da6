// Package gocvlike builds against OpenCV the way gocv does.
package gocvlike

/*
#cgo !windows pkg-config: opencv4
#cgo windows  LDFLAGS:    -lopencv_core4110 -lopencv_face4110 -lopencv_objdetect4110
#include <stdlib.h>
#include "face.h"
*/
import "C"

// New creates a recognizer.
func New() C.LBPHFaceRecognizer { return C.CreateLBPHFaceRecognizer() }
