// Package rekognition is a hermetic stub of the AWS SDK for Go v2 package of
// the same import path, reduced to what the indirect tests call.
package rekognition

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

type Options struct{}

type Client struct{ options Options }

type CompareFacesInput struct{}
type CompareFacesOutput struct{}
type DetectFacesInput struct{ Attributes []types.Attribute }
type DetectFacesOutput struct{}

func (c *Client) CompareFaces(ctx context.Context, in *CompareFacesInput, opts ...func(*Options)) (*CompareFacesOutput, error) {
	return nil, nil
}

func (c *Client) DetectFaces(ctx context.Context, in *DetectFacesInput, opts ...func(*Options)) (*DetectFacesOutput, error) {
	return nil, nil
}

// DetectText is not biometric.
func (c *Client) DetectText(ctx context.Context) error { return nil }
