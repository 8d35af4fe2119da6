// Package hidden hides the SDK: its API has no SDK type, so its export
// data need not list the SDK among its imports.
package hidden

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

func Same(ctx context.Context) bool {
	return new(rekognition.Client).CompareFaces(ctx, nil) == nil
}
