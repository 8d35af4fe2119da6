//go:build facecam && !linux

package tagged

import "github.com/Kagami/go-face" // want `\(in a file excluded by the build: //go:build facecam && !linux\)`

var _ = face.NewRecognizer
