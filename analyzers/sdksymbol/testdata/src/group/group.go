// Package group has one finding per capability use: the call, with the
// fields read from its result in the same function as its supporting
// evidence; reads in another function stand alone, as one finding.
package group

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

func moods(ctx context.Context, c *rekognition.Client) []types.Emotion {
	out, _ := c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{types.AttributeAll}}) // want `DetectFaces .*Attributes=ALL \[emotion-recognition;`
	var es []types.Emotion
	for _, d := range out.FaceDetails {
		es = append(es, d.Emotions...)
		_ = d.AgeRange
	}
	return es
}

// top reads an emotion obtained elsewhere: the reads of one function are
// one finding, the most restricted first.
func top(d types.FaceDetail, es []types.Emotion) types.EmotionName {
	_ = d.AgeRange
	return es[0].Type // want `types.Emotion.Type names the emotion`
}

// collections lists the face collections: a paginator is the listing, an
// act of its own, not a constructor that serves the package's other calls.
func collections(c *rekognition.Client) *rekognition.ListCollectionsPaginator {
	return rekognition.NewListCollectionsPaginator(c, nil) // want `rekognition.NewListCollectionsPaginator lists face collections`
}
