// Package face is a stub of github.com/chenqinghe/baidu-ai-go-sdk/vision/face
// (face API v2 endpoints), read from vision/face/client.go and detect.go at
// commit 10078b652b8cc7b02977718b2130f0d1b63e88cc and match.go at
// 35e038fa002d96162c2d6c660beb8499f324ec7e of the public repository
// chenqinghe/baidu-ai-go-sdk (see the root package). FaceResponse embeds
// the HTTP response of github.com/imroc/req there. Signatures only.
package face

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

// FaceResponse is an API response.
type FaceResponse struct{}

// DetectAndAnalysis detects faces and the attributes options["face_fields"] requests.
func (fc *FaceClient) DetectAndAnalysis(image *vision.Image, options map[string]interface{}) (*FaceResponse, error) {
	return &FaceResponse{}, nil
}

// Match compares the faces of two images.
func (fc *FaceClient) Match(img1, img2 *vision.Image, options map[string]interface{}) (*FaceResponse, error) {
	return &FaceResponse{}, nil
}
