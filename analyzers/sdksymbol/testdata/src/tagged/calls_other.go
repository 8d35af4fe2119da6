//go:build biometrics

package tagged

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

// Without type information the receiver's declaration tells its type: c
// is a *rekognition.Client.
func compare(ctx context.Context, c *rekognition.Client) {
	c.CompareFaces(ctx, nil) // want `rekognition.Client.CompareFaces compares .*\(resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)`
	c.DetectText(ctx, nil)
}

// Where no declaration tells it, the method is matched by its name among
// the catalogued packages the file imports.
func compareNew(ctx context.Context) {
	newClient().SearchFaces(ctx, nil) // want `rekognition.Client.SearchFaces searches .*\(resolved from the file's imports, in a file excluded by the build: //go:build biometrics; matched by method name, the receiver's type being unknown\)`
}

func newClient() *rekognition.Client { return nil }
