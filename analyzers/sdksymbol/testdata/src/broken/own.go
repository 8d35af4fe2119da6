package broken

import (
	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"

	"example.com/facewrapper"
)

var _ *rk.Client

// det is the project's detector (detector.go): its DetectFaces is not
// Rekognition's, even where the receiver's type is unknown (det is
// undefined for the type checker: it is declared in a file this build
// excludes).
func own() { det.DetectFaces(nil) }

// facewrapper is a package of the project that could not be loaded: its
// DetectFaces is a function, no method of an SDK.
func wrapped() { facewrapper.DetectFaces(nil) }
