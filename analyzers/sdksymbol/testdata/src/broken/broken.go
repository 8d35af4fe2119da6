// Package broken does not type-check: the v1 SDK is not in this GOPATH
// (as when a module is not downloaded) and there is a type error. What the
// syntax shows is still reported, and says how it was resolved.
package broken

import (
	"context"

	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"
	rekognition "github.com/aws/aws-sdk-go/service/rekognition"
)

var typeError int = "not an int"

func useMissing(svc *rekognition.Rekognition) {
	mood := rekognition.EmotionNameHappy
	svc.DetectFaces(&rekognition.DetectFacesInput{}) // want `rekognition.Rekognition.DetectFaces detects faces .*\[face-detection; .*\(resolved from the file.s imports: the package or a dependency does not type-check\)`
	_ = rekognition.DetectText
	_ = mood
}

func useResolved(c *rk.Client) {
	c.CompareFaces(context.Background(), nil) // want `rekognition.Client.CompareFaces compares`
}
