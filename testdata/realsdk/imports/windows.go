//go:build windows

package imports

import _ "github.com/Kagami/go-face" // want `import "github.com/Kagami/go-face" .*\(in a file excluded by the build: //go:build windows\)`
