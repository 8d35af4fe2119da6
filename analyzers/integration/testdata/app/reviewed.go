package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

// Count counts faces; the use was reviewed, so golangci-lint's nolint
// directive silences it there.
func Count(ctx context.Context, c *rekognition.Client) error {
	_, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{}) //nolint:biometriclint // reviewed: counting only
	return err
}
