package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// Service wraps Rekognition under the SDK's own method name: its
// DetectFaces is the project's, the call on its client field is
// Rekognition's.
type Service struct{ client *rekognition.Client }

func (s *Service) DetectFaces(ctx context.Context, img []byte) (int, error) {
	out, err := s.client.DetectFaces(ctx, &rekognition.DetectFacesInput{Image: &types.Image{Bytes: img}, Attributes: []types.Attribute{"ALL"}}) // want `^AWS Rekognition \(AWS SDK for Go v2\): rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender; here it requests Attributes=ALL \[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(resolved from the file's imports, without type information\)$`
	if err != nil {
		return 0, err
	}
	return len(out.FaceDetails), nil
}

// enrolment embeds the client: its methods are the SDK's.
type enrolment struct{ *rekognition.Client }

func enrol(ctx context.Context, e enrolment, s *Service) {
	e.IndexFaces(ctx, nil) // want `^AWS Rekognition \(AWS SDK for Go v2\): rekognition.Client.IndexFaces enrols faces into a searchable face collection \[face-recognition; EU AI Act Art. 5\(1\)\(e\), 5\(1\)\(h\), Annex III 1\(a\)\] \(resolved from the file's imports, without type information\)$`
	s.DetectFaces(ctx, nil)
}
