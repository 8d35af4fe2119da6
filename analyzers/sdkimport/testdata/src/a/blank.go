package a

import _ "github.com/Kagami/go-face" // want `import "github.com/Kagami/go-face"`
