// Package cgolib defines an analyzer that reports face libraries that Go
// code builds against through cgo.
//
// # Analyzer cgolib
//
// cgolib: reports face headers and libraries in cgo preambles and C files
//
// A package can reach dlib or OpenCV's face code through cgo without any
// catalogued Go SDK. The analyzer reads the cgo preamble of each file that
// imports "C", and the C, C++ and Objective-C files of the package, and
// reports the #include of a catalogued face header (dlib's face detector
// and shape predictor, OpenCV's face module and objdetect headers), the
// -l flags of #cgo LDFLAGS that link a catalogued library (-ldlib,
// -lopencv_face*), and a #cgo pkg-config package such as opencv4, which
// also serves non-face code, only when the package includes a catalogued
// face header too. Umbrella headers (opencv2/opencv.hpp, opencv2/core.hpp)
// are not reported.
//
// It works whether cgo runs or not. When cgo runs, the files of the pass
// are cgo's output, without the preamble: the analyzer reads the original
// file their line directives name, from disk. When cgo is off
// (CGO_ENABLED=0, or no C compiler), the cgo files are excluded from the
// build and read from the ignored files. When the C library or its headers
// are missing, the original files are the pass's own.
package cgolib
