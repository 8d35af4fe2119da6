// Package googleapirest uses Google's generated REST clients: it reads the
// faces and their emotion likelihoods that Cloud Vision returns and asks
// Video Intelligence for face detection, next to label detection with the
// same clients, which is not biometric.
package googleapirest

import (
	"context"

	"google.golang.org/api/option"
	videointelligence "google.golang.org/api/videointelligence/v1"
	vision "google.golang.org/api/vision/v1"
)

// Joy asks for faces and reads how joyful each one looks.
func Joy(ctx context.Context, img []byte) ([]string, error) {
	svc, err := vision.NewService(ctx, option.WithoutAuthentication())
	if err != nil {
		return nil, err
	}
	req := &vision.BatchAnnotateImagesRequest{Requests: []*vision.AnnotateImageRequest{{
		Image:    &vision.Image{Content: string(img)},
		Features: []*vision.Feature{{Type: "FACE_DETECTION", MaxResults: 10}},
	}}}
	res, err := svc.Images.Annotate(req).Do()
	if err != nil {
		return nil, err
	}
	var joy []string
	for _, r := range res.Responses {
		for _, f := range r.FaceAnnotations {
			joy = append(joy, f.JoyLikelihood) // want `vision\.FaceAnnotation\.JoyLikelihood holds the likelihood that a face expresses joy \[emotion-recognition;`
		}
	}
	return joy, nil
}

// Labels is the look-alike: the same client and call, for labels only.
func Labels(ctx context.Context, uri string) ([]string, error) {
	svc, err := vision.NewService(ctx, option.WithoutAuthentication())
	if err != nil {
		return nil, err
	}
	req := &vision.BatchAnnotateImagesRequest{Requests: []*vision.AnnotateImageRequest{{
		Image:    &vision.Image{Source: &vision.ImageSource{ImageUri: uri}},
		Features: []*vision.Feature{{Type: "LABEL_DETECTION"}},
	}}}
	res, err := svc.Images.Annotate(req).Do()
	if err != nil {
		return nil, err
	}
	var labels []string
	for _, r := range res.Responses {
		for _, l := range r.LabelAnnotations {
			labels = append(labels, l.Description)
		}
	}
	return labels, nil
}

// Video asks for face detection in a video, and shot changes, which are not
// biometric.
func Video(uri string) (faces, shots *videointelligence.GoogleCloudVideointelligenceV1AnnotateVideoRequest) {
	faces = &videointelligence.GoogleCloudVideointelligenceV1AnnotateVideoRequest{
		InputUri: uri,
		Features: []string{"FACE_DETECTION"},
		VideoContext: &videointelligence.GoogleCloudVideointelligenceV1VideoContext{
			FaceDetectionConfig: &videointelligence.GoogleCloudVideointelligenceV1FaceDetectionConfig{IncludeAttributes: true}, // want `videointelligence\.GoogleCloudVideointelligenceV1VideoContext\.FaceDetectionConfig configures face detection in a video \[face-detection;`
		},
	}
	shots = &videointelligence.GoogleCloudVideointelligenceV1AnnotateVideoRequest{
		InputUri:     uri,
		Features:     []string{"SHOT_CHANGE_DETECTION"},
		VideoContext: &videointelligence.GoogleCloudVideointelligenceV1VideoContext{ShotChangeDetectionConfig: &videointelligence.GoogleCloudVideointelligenceV1ShotChangeDetectionConfig{Model: "builtin/stable"}},
	}
	return faces, shots
}
