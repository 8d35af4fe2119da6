//go:build biometrics

package tagged

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// rekognitionAPI is the part of the SDK client the package calls: its
// methods spell the SDK's types, so a call through it reaches the SDK (or
// a fake of it in tests).
type rekognitionAPI interface {
	CompareFaces(ctx context.Context, in *rekognition.CompareFacesInput, opts ...func(*rekognition.Options)) (*rekognition.CompareFacesOutput, error)
	DetectText(ctx context.Context, in *rekognition.DetectTextInput, opts ...func(*rekognition.Options)) (*rekognition.DetectTextOutput, error)
	// The types package comes first; the method is the client's.
	DetectFaces(ctx context.Context, attrs []types.Attribute, in *rekognition.DetectFacesInput) (*rekognition.DetectFacesOutput, error)
}

// verifier holds the SDK client behind the package's interface, and has a
// CompareFaces of its own: the receiver's declaration, not the name,
// decides.
type verifier struct {
	api rekognitionAPI
}

func (v *verifier) CompareFaces(ctx context.Context) error {
	_, err := v.api.CompareFaces(ctx, nil) // want `rekognition.Client.CompareFaces compares .*\(resolved from the file's imports, in a file excluded by the build: //go:build biometrics; called through an interface of the package that mirrors the SDK's method\)`
	return err
}

func (v *verifier) faces(ctx context.Context) {
	v.api.DetectFaces(ctx, nil, nil) // want `rekognition.Client.DetectFaces detects .*; called through an interface of the package that mirrors the SDK's method\)`
}

func (v *verifier) text(ctx context.Context) {
	v.api.DetectText(ctx, nil) // not catalogued
	v.CompareFaces(ctx)        // the package's own method
}
