// Package rekognition is a hermetic stub of the AWS SDK for Go v2 package of
// the same path, reduced to what the integration tests call, so that they
// run with GOPROXY=off.
package rekognition

import "context"

type Options struct{}

type Client struct{ options Options }

func New(o Options) *Client { return &Client{options: o} }

type DetectFacesInput struct{}

type DetectFacesOutput struct{}

func (c *Client) DetectFaces(ctx context.Context, in *DetectFacesInput, opts ...func(*Options)) (*DetectFacesOutput, error) {
	return &DetectFacesOutput{}, nil
}
