// Package vision asks Cloud Vision for faces (reported) and for geographic
// landmarks and text (not reported).
package vision

import (
	"context"

	vision "cloud.google.com/go/vision/v2/apiv1"
	"cloud.google.com/go/vision/v2/apiv1/visionpb"
)

func Annotate(ctx context.Context, c *vision.ImageAnnotatorClient, img *visionpb.Image) (bool, error) {
	res, err := c.BatchAnnotateImages(ctx, &visionpb.BatchAnnotateImagesRequest{
		Requests: []*visionpb.AnnotateImageRequest{{
			Image: img,
			Features: []*visionpb.Feature{
				{Type: visionpb.Feature_FACE_DETECTION},
				{Type: visionpb.Feature_LANDMARK_DETECTION},
				{Type: visionpb.Feature_TEXT_DETECTION},
			},
		}},
	})
	if err != nil {
		return false, err
	}
	for _, r := range res.GetResponses() {
		for _, fa := range r.GetFaceAnnotations() { // want `visionpb.AnnotateImageResponse.GetFaceAnnotations`
			if fa.GetJoyLikelihood() >= visionpb.Likelihood_LIKELY || fa.AngerLikelihood >= visionpb.Likelihood_LIKELY { // want `visionpb.FaceAnnotation.GetJoyLikelihood .*\[emotion-recognition;`
				return true, nil
			}
		}
		_ = r.GetLandmarkAnnotations()
	}
	return false, nil
}
