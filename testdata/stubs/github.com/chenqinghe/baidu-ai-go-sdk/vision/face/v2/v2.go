// Package v2 is a stub of github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v2
// (face API v2), read from vision/face/v2/client.go, search.go at commit
// 77209267b6f3d111597228cd8463bb7a8a393dd3, detect.go at
// 2cf4ed7a5d9c2761548884c16e40a313ffec435d, match.go at
// 0ea45adfbda8807f895649217c224c3ee0830cbf and person_verify.go at
// b72a39df8dfcdb474475a2c144278051bc01a9e1 of the public repository
// chenqinghe/baidu-ai-go-sdk (see the root package). The responses embed the
// HTTP response of github.com/imroc/req there. Signatures only.
package v2

import (
	sdk "github.com/chenqinghe/baidu-ai-go-sdk"
	"github.com/chenqinghe/baidu-ai-go-sdk/vision"
)

// FaceClient is the face API client.
type FaceClient struct {
	*sdk.Client
}

// NewFaceClient returns a face API client.
func NewFaceClient(key, secret string) *FaceClient { return &FaceClient{} }

// Responses of the API.
type (
	FaceResponse         struct{}
	IdentifyResponse     struct{}
	VerifyResponse       struct{}
	MultiVerifyResponse  struct{}
	PersonVerifyResponse struct{}
)

// DetectAndAnalysis detects faces and the attributes options["face_fields"] requests.
func (fc *FaceClient) DetectAndAnalysis(image *vision.Image, options map[string]interface{}) (*FaceResponse, error) {
	return &FaceResponse{}, nil
}

// Match compares the faces of two images.
func (fc FaceClient) Match(img1, img2 *vision.Image, options map[string]interface{}) (*FaceResponse, error) {
	return &FaceResponse{}, nil
}

// Identify identifies a face among the users of groups.
func (fc FaceClient) Identify(img *vision.Image, groupID []string, options map[string]interface{}) (*IdentifyResponse, error) {
	return &IdentifyResponse{}, nil
}

// Verify verifies that a face is an enrolled user's.
func (fc FaceClient) Verify(img *vision.Image, uid string, groupID string, options map[string]interface{}) (*VerifyResponse, error) {
	return &VerifyResponse{}, nil
}

// MultiVerify identifies the faces of an image among the users of groups.
func (fc FaceClient) MultiVerify(image vision.Image, groupIDs []string, options map[string]interface{}) (*MultiVerifyResponse, error) {
	return &MultiVerifyResponse{}, nil
}

// PersonVerify verifies a face against an identity card.
func (fc FaceClient) PersonVerify(image, idCardNumber, name string, options map[string]string) (*PersonVerifyResponse, error) {
	return &PersonVerifyResponse{}, nil
}
