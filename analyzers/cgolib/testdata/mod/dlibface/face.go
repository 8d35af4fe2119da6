// Package dlibface binds dlib's face recognition the way go-face does.
package dlibface

// #cgo CXXFLAGS: -std=c++1z -Wall -O3 -DNDEBUG -march=native
// #cgo LDFLAGS: -ldlib -lblas -lcblas -llapack -ljpeg
// #include <stdlib.h>
// #include <stdint.h>
// #include "facerec.h"
import "C"

// Close frees a recognizer.
func Close(p *C.facerec) { C.facerec_free(p) }
