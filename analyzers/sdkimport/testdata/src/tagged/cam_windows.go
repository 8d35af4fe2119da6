package tagged

import "github.com/Kagami/go-face" // want `import "github.com/Kagami/go-face" .*\(in a file excluded by the build: GOOS/GOARCH file name suffix\)`

var _ = face.NewRecognizer
