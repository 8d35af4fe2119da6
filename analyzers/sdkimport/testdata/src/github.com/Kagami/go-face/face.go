// Package face is a hermetic stub of github.com/Kagami/go-face (dlib via
// cgo in the real module), reduced to what the unit tests need.
package face

type Recognizer struct{}

func NewRecognizer(modelDir string) (*Recognizer, error) { return &Recognizer{}, nil }
