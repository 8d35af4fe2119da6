// Package plainopencv uses OpenCV without its face APIs: not a finding.
package plainopencv

// #cgo pkg-config: opencv4
// #cgo LDFLAGS: -lopencv_core -lopencv_imgproc -lfacet
// #include <opencv2/core.hpp>
// #include <opencv2/imgproc.hpp>
// #include "faces.h" /* a local header about cube faces */
import "C"

// Blur blurs an image.
func Blur() { C.blur() }
