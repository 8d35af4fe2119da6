// Package moods wraps DetectFaces: what each wrapper requests decides the
// category its callers are told.
package moods

import (
	"context"

	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

var ctx = context.Background()

// All requests every attribute: emotion recognition, refined.
func All(c *rk.Client) { // want All:"emotion-recognition via moods.All -> rekognition.Client.DetectFaces"
	c.DetectFaces(ctx, &rk.DetectFacesInput{Attributes: []types.Attribute{types.AttributeAll}})
}

// Asked requests what its caller passes: undetermined.
func Asked(c *rk.Client, attrs []types.Attribute) { // want Asked:"emotion-recognition via moods.Asked -> rekognition.Client.DetectFaces"
	c.DetectFaces(ctx, &rk.DetectFacesInput{Attributes: attrs})
}
