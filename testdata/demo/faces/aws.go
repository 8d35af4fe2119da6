// Package faces is a small application that a reviewer might be handed: it
// checks badge photos against a staff collection, reads emotions from
// meeting snapshots, and draws text on images.
package faces

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// Mood returns the emotions Rekognition reads from the faces in img.
func Mood(ctx context.Context, c *rekognition.Client, img *types.Image) ([]types.EmotionName, error) {
	out, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{
		Image:      img,
		Attributes: []types.Attribute{types.AttributeAll},
	})
	if err != nil {
		return nil, err
	}
	var moods []types.EmotionName
	for _, fd := range out.FaceDetails {
		for _, e := range fd.Emotions {
			moods = append(moods, e.Type)
		}
	}
	return moods, nil
}

// SamePerson verifies that two photos show the same person.
func SamePerson(ctx context.Context, c *rekognition.Client, a, b *types.Image) (bool, error) {
	out, err := c.CompareFaces(ctx, &rekognition.CompareFacesInput{SourceImage: a, TargetImage: b})
	if err != nil {
		return false, err
	}
	return len(out.FaceMatches) > 0, nil
}

// Caption reads the text on a badge: not biometric.
func Caption(ctx context.Context, c *rekognition.Client, img *types.Image) (int, error) {
	out, err := c.DetectText(ctx, &rekognition.DetectTextInput{Image: img})
	if err != nil {
		return 0, err
	}
	return len(out.TextDetections), nil
}
