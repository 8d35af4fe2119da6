package a

import dlib "github.com/Kagami/go-face" // want `import "github.com/Kagami/go-face"`

var _ = dlib.NewRecognizer
