// Package identity wraps photosvc: the second package of the chains.
package identity

import (
	"context"

	"photosvc"
)

func Verify(ctx context.Context, c *photosvc.Client) error { // want Verify:"face-recognition via identity.Verify -> photosvc.Client.Match -> photosvc.Client.compare -> rekognition.Client.CompareFaces"
	return c.Match(ctx) // want `AWS Rekognition \(AWS SDK for Go v2\): photosvc.Client.Match performs face recognition via rekognition.Client.CompareFaces, which compares .* \[face-recognition; EU AI Act .*\] \(indirect use, 2 steps down to the SDK\)`
}

// Service promotes photosvc.Client's methods.
type Service struct {
	*photosvc.Client
}
