package tagged

// #include <stdlib.h>
import "C"

import "github.com/Kagami/go-face" // want `\(in a file excluded by the build: cgo is disabled\)`

var _ = face.NewRecognizer
