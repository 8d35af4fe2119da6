// Package rekognition is a hermetic stub of the AWS SDK for Go v2 package of
// the same import path, reduced to what the unit tests need. The tests
// against the real module live in testdata/realsdk at the repository root.
package rekognition

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

type Options struct{}

type Client struct{ options Options }

func New(o Options) *Client { return &Client{options: o} }

type DetectFacesInput struct {
	Attributes []types.Attribute
}
type DetectFacesOutput struct{ FaceDetails []types.FaceDetail }
type CompareFacesInput struct{}
type CompareFacesOutput struct{}
type DetectTextInput struct{}
type DetectTextOutput struct{}

func (c *Client) DetectFaces(ctx context.Context, in *DetectFacesInput, opts ...func(*Options)) (*DetectFacesOutput, error) {
	return nil, nil
}
func (c *Client) CompareFaces(ctx context.Context, in *CompareFacesInput, opts ...func(*Options)) (*CompareFacesOutput, error) {
	return nil, nil
}
func (c *Client) DetectText(ctx context.Context, in *DetectTextInput, opts ...func(*Options)) (*DetectTextOutput, error) {
	return nil, nil
}

type IndexFacesInput struct {
	CollectionId        *string
	DetectionAttributes []types.Attribute
}
type IndexFacesOutput struct{}

func (c *Client) IndexFaces(ctx context.Context, in *IndexFacesInput, opts ...func(*Options)) (*IndexFacesOutput, error) {
	return nil, nil
}

type ListCollectionsInput struct{}
type ListCollectionsOutput struct{ CollectionIds []string }

func (c *Client) ListCollections(ctx context.Context, in *ListCollectionsInput, opts ...func(*Options)) (*ListCollectionsOutput, error) {
	return nil, nil
}

type ListCollectionsAPIClient interface {
	ListCollections(context.Context, *ListCollectionsInput, ...func(*Options)) (*ListCollectionsOutput, error)
}

type ListCollectionsPaginatorOptions struct{ Limit int32 }

type ListCollectionsPaginator struct{}

func NewListCollectionsPaginator(client ListCollectionsAPIClient, params *ListCollectionsInput, optFns ...func(*ListCollectionsPaginatorOptions)) *ListCollectionsPaginator {
	return nil
}
