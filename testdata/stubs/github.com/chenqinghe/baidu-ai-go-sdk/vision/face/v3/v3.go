// Package v3 is a stub of github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v3
// (face API v3), read from vision/face/v3/client.go at commit
// f4b0bf5c23f5f88f3eff295e99e92ca70ebc2a0f, match.go at
// c56ffd6fc506c09144abd98437ebc70662e2b8d1 and person_verify.go at
// 3d49b787e3265c4106820b2a41a796e2416a0c62 of the public repository
// chenqinghe/baidu-ai-go-sdk (see the root package). The responses embed the
// HTTP response of github.com/imroc/req there. Signatures only.
package v3

import sdk "github.com/chenqinghe/baidu-ai-go-sdk"

// FaceClient is the face API client.
type FaceClient struct {
	*sdk.Client
}

// NewFaceClient returns a face API client.
func NewFaceClient(key, secret string) *FaceClient { return &FaceClient{} }

// Responses of the API.
type (
	FaceMatchResponse    struct{}
	PersonVerifyResponse struct{}
)

// FaceMatchImage is one image of FaceMatch.
type FaceMatchImage struct {
	Image           string `json:"image"`
	ImageType       string `json:"image_type"`
	FaceType        string `json:"face_type,omitempty"`
	QualityControl  string `json:"quality_control,omitempty"`
	LivenessControl string `json:"liveness_control,omitempty"`
	FaceSortType    string `json:"face_sort_type,omitempty"`
}

// FaceMatch compares two faces.
func (fc FaceClient) FaceMatch(images [2]FaceMatchImage) (*FaceMatchResponse, error) {
	return &FaceMatchResponse{}, nil
}

// PersonVerify verifies a face against an identity card.
func (fc FaceClient) PersonVerify(image, imageType, idCardNumber, name string, options map[string]string) (*PersonVerifyResponse, error) {
	return &PersonVerifyResponse{}, nil
}
