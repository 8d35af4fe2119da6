// Package ifaceonly reaches a wrapper through an interface call only: the
// implementation is in a dependency, and nothing else here is capable.
// app.alwaysOK also implements faceapi.Checker, but this package does not
// import app: among what it can see, the only implementation is a wrapper.
package ifaceonly

import (
	"faceapi"
	_ "identity" // links photosvc, whose Liveness implements faceapi.Checker
)

func Live(ch faceapi.Checker) bool { // want Live:"face-detection via ifaceonly.Live -> faceapi.Checker.IsLive -> photosvc.Liveness.IsLive -> rekognition.Client.DetectFaces"
	return ch.IsLive() // want `faceapi.Checker.IsLive performs face detection via rekognition.Client.DetectFaces, .*2 steps`
}
