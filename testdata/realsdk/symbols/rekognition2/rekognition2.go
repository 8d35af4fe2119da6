// Package rekognition2 uses Rekognition through the AWS SDK for Go v2.
package rekognition2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

func Faces(ctx context.Context, c *rekognition.Client, img *types.Image) ([]types.EmotionName, error) {
	out, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{ // want `rekognition.Client.DetectFaces detects faces .*; here it requests Attributes=EMOTIONS \[emotion-recognition;`
		Image:      img,
		Attributes: []types.Attribute{types.AttributeEmotions},
	})
	if err != nil {
		return nil, err
	}
	var names []types.EmotionName
	for _, fd := range out.FaceDetails {
		for _, e := range fd.Emotions {
			names = append(names, e.Type)
		}
	}
	return names, nil
}

func Same(ctx context.Context, c *rekognition.Client, a, b *types.Image) (bool, error) {
	out, err := c.CompareFaces(ctx, &rekognition.CompareFacesInput{SourceImage: a, TargetImage: b, SimilarityThreshold: aws.Float32(90)}) // want `rekognition.Client.CompareFaces compares .*\[face-recognition;`
	return err == nil && len(out.FaceMatches) > 0, err
}

// Video returns the faces of a stored video, with every attribute.
func Video(ctx context.Context, c *rekognition.Client, v *types.Video) error {
	_, err := c.StartFaceDetection(ctx, &rekognition.StartFaceDetectionInput{Video: v, FaceAttributes: types.FaceAttributesAll}) // want `StartFaceDetection .*; here it requests FaceAttributes=ALL \[emotion-recognition;`
	return err
}

// Text and labels are not biometric.
func Text(ctx context.Context, c *rekognition.Client, img *types.Image) error {
	if _, err := c.DetectText(ctx, &rekognition.DetectTextInput{Image: img}); err != nil {
		return err
	}
	_, err := c.DetectLabels(ctx, &rekognition.DetectLabelsInput{Image: img})
	return err
}
