package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

// Faces detects the faces in a picture.
func Faces(ctx context.Context, c *rekognition.Client) error {
	_, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{})
	return err
}
