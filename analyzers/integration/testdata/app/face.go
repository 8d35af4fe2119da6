package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// Mood reads the emotions of the faces in a picture.
func Mood(ctx context.Context, c *rekognition.Client) error {
	_, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{
		Attributes: []types.Attribute{types.AttributeEmotions},
	})
	return err
}
