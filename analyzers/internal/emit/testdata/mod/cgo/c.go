// Package cgo is written by hand and uses cgo: the go command hands the
// analyzers cgo's output, which says it is generated.
package cgo

// #include <stdlib.h>
import "C"

const detect = "https://api-us.faceplusplus.com/facepp/v3/detect"

func Free() { C.free(nil) }
