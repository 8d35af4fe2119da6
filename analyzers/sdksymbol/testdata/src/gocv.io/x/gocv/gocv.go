// Package gocv is a hermetic stub of gocv.io/x/gocv (OpenCV through cgo in
// the real module), reduced to what the unit tests need.
package gocv

type CascadeClassifier struct{}

func NewCascadeClassifier() CascadeClassifier { return CascadeClassifier{} }

func (c *CascadeClassifier) Load(name string) bool { return true }
