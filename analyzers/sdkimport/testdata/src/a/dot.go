package a

import . "github.com/Kagami/go-face" // want `import "github.com/Kagami/go-face"`

var _ = NewRecognizer
