// Package linkonly links OpenCV's face module; its preamble compiles
// without OpenCV, so cgo runs when a C compiler is present.
package linkonly

// #cgo LDFLAGS: -L/usr/local/lib -l opencv_face
// #include <stdlib.h>
// static int answer(void) { return 42; }
import "C"

// Answer calls C.
func Answer() int { return int(C.answer()) }
