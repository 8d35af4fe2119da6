//go:build biometrics

package tagged

import (
	"context"
	"image"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/machinebox/sdk-go/facebox"
)

var _ *rekognition.Client
var _ facebox.Face // want `facebox.Face holds a detected face`

// fake's DetectFaces is declared in another file of the package, one the
// build includes: a match by method name never claims it.
func project(ctx context.Context) {
	newFake().DetectFaces(ctx, nil)
	var f *fake
	f.DetectFaces(ctx, nil)
}

// Standard-library packages and values have no method of an SDK: image.Rect
// is not facebox's Face.Rect, nor is the Rect of an image.RGBA, whether a
// parameter, a variable or the result of an image function.
func bounds(img *image.RGBA) image.Rectangle {
	rgba := image.NewRGBA(image.Rect(0, 0, 1, 1))
	var m image.RGBA
	_ = m.Rect
	_ = rgba.Rect
	return img.Rect
}
