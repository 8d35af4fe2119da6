//go:build biometrics

// Package tagged calls Rekognition only in builds with the biometrics tag.
package tagged

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

// Detect detects faces.
func Detect(ctx context.Context, c *rekognition.Client) error {
	_, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{})
	return err
}
