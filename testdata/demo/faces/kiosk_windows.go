//go:build windows

package faces

import face "github.com/Kagami/go-face"

// kiosk is the Windows build of the entrance kiosk.
var kiosk *face.Recognizer
