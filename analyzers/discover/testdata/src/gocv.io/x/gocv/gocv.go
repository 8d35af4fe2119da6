// Package gocv is a hermetic stub of gocv, reduced to a cascade classifier.
package gocv

type CascadeClassifier struct{}

func NewCascadeClassifier() CascadeClassifier { return CascadeClassifier{} }

func (c *CascadeClassifier) Load(name string) bool { return true }
