// Package viaiface calls Rekognition through an interface of its own whose
// only implementation is the SDK's client (rekko's shape): each call is
// refined by what it requests, as a direct call is.
package viaiface

import (
	"context"

	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

type API interface {
	DetectFaces(ctx context.Context, in *rk.DetectFacesInput, opts ...func(*rk.Options)) (*rk.DetectFacesOutput, error)
}

type Provider struct{ client API }

func New(c *rk.Client) *Provider { return &Provider{client: c} }

// The wrappers' facts keep the interface's undetermined category: what
// their callers are told of Faces is "emotion recognition cannot be
// excluded", never a definite claim.
func (p *Provider) Moods(ctx context.Context) { // want Moods:"emotion-recognition via viaiface.Provider.Moods -> viaiface.API.DetectFaces -> rekognition.Client.DetectFaces"
	p.client.DetectFaces(ctx, &rk.DetectFacesInput{Attributes: []types.Attribute{types.AttributeAll}}) // want `viaiface.API.DetectFaces performs emotion recognition via rekognition.Client.DetectFaces, .*; here it requests Attributes=ALL \[emotion-recognition;`
}

func (p *Provider) Faces(ctx context.Context) { // want Faces:"emotion-recognition via viaiface.Provider.Faces -> viaiface.API.DetectFaces -> rekognition.Client.DetectFaces"
	p.client.DetectFaces(ctx, &rk.DetectFacesInput{}) // want `viaiface.API.DetectFaces performs face detection via rekognition.Client.DetectFaces, .*\[face-detection; EU AI Act Art\. 3\(34\)\] \(indirect use, 1 step down to the SDK\)$`
}
