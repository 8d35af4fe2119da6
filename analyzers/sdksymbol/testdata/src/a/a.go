package a

import (
	"context"
	"regexp"

	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	"golang.org/x/image/font"
)

var ctx = context.Background()

func calls(c *rk.Client) {
	c.DetectFaces(ctx, &rk.DetectFacesInput{}) // want `^AWS Rekognition \(AWS SDK for Go v2\): rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\]$`
	c.CompareFaces(ctx, nil)                   // want `rekognition.Client.CompareFaces compares .*\[face-recognition; EU AI Act Art. 5\(1\)\(e\), 5\(1\)\(h\), Annex III 1\(a\)\]`
	c.DetectText(ctx, nil)                     // not biometric
}

func methodValuesAndExpressions(c *rk.Client) {
	f := c.CompareFaces           // want `rekognition.Client.CompareFaces`
	g := (*rk.Client).DetectFaces // want `rekognition.Client.DetectFaces`
	_, _ = f, g
}

type Alias = rk.Client

type embeds struct{ *rk.Client }

type generic[T any] struct {
	*rk.Client
	v T
}

func indirections(a *Alias, e embeds, g generic[int], v rk.Client) {
	a.CompareFaces(ctx, nil) // want `rekognition.Client.CompareFaces`
	e.CompareFaces(ctx, nil) // want `rekognition.Client.CompareFaces`
	g.CompareFaces(ctx, nil) // want `rekognition.Client.CompareFaces`
	v.CompareFaces(ctx, nil) // want `rekognition.Client.CompareFaces`
}

func fieldsAndConstants(out *rk.DetectFacesOutput) {
	in := &rk.DetectFacesInput{Attributes: []types.Attribute{types.AttributeEmotions}} // the request alone is no finding: the call decides (see package precision)
	in.Attributes = append(in.Attributes, types.AttributeDefault)
	for _, fd := range out.FaceDetails {
		_ = fd.Emotions // want `types.FaceDetail.Emotions holds the emotions`
		_ = fd.AgeRange
		_ = fd.Landmarks
	}
	_ = types.FaceDetail{Emotions: nil}
	_ = types.Emotion{Type: "x"}
	_ = types.EmotionNameHappy
}

// Look-alikes: none of these is biometric.

type Face struct{}

func (Face) DetectFaces()  {}
func (Face) CompareFaces() {}

func lookAlikes(ff font.Face, f Face) {
	_ = ff.Close()
	f.DetectFaces()
	f.CompareFaces()
	expression := regexp.MustCompile(`face|emotion`)
	_ = expression
	rk := struct{ CompareFaces func() }{}
	rk.CompareFaces() // a local variable that shadows the import
}
