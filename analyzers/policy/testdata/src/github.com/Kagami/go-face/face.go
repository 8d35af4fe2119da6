// Package face stands in for github.com/Kagami/go-face.
package face

type Recognizer struct{}
