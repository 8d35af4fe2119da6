// Package precision checks that what a call requests decides its category.
package precision

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

var ctx = context.Background()

func defaults(c *rekognition.Client) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{})                                                      // want `DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection;`
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{types.AttributeDefault}}) // want `\[face-detection;`
}

func literals(c *rekognition.Client) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{types.AttributeEmotions}}) // want `DetectFaces detects faces .*; here it requests Attributes=EMOTIONS \[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\]`
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{"ALL"}})                   // want `here it requests Attributes=ALL \[emotion-recognition;`
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{types.AttributeAgeRange}}) // want `here it requests Attributes=AGE_RANGE \[biometric-categorisation; EU AI Act Art. 5\(1\)\(g\), Annex III 1\(b\)\]`
}

func localSlice(c *rekognition.Client) {
	attrs := []types.Attribute{types.AttributeDefault}
	attrs = append(attrs, types.AttributeAgeRange, types.AttributeEmotions)
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: attrs}) // want `here it requests Attributes=AGE_RANGE,EMOTIONS \[emotion-recognition;`
}

func fieldAfterLiteral(c *rekognition.Client) {
	in := &rekognition.DetectFacesInput{}
	in.Attributes = []types.Attribute{types.AttributeAll}
	c.DetectFaces(ctx, in) // want `here it requests Attributes=ALL \[emotion-recognition;`
}

func indexFaces(c *rekognition.Client) {
	in := rekognition.IndexFacesInput{DetectionAttributes: []types.Attribute{"DEFAULT"}}
	c.IndexFaces(ctx, &in) // want `IndexFaces enrols faces into a searchable face collection \[face-recognition;`
}

// What the analysis does not follow is reported as undetermined, with the
// broadest plausible category: uncertainty never means silence.

func parameter(c *rekognition.Client, attrs []types.Attribute) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: attrs}) // want `\[emotion-recognition; .*\] \(undetermined: Attributes could not be determined \(the parameter attrs\), so emotion-recognition cannot be excluded\)`
}

func input(c *rekognition.Client, in *rekognition.DetectFacesInput) {
	c.DetectFaces(ctx, in) // want `\(undetermined: Attributes could not be determined \(in.Attributes\), so emotion-recognition cannot be excluded\)`
}

func fromCall(c *rekognition.Client) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: configured()}) // want `\(undetermined: Attributes could not be determined \(the result of configured\)`
}

func methodValue(c *rekognition.Client) {
	detect := c.DetectFaces // want `\[emotion-recognition; .*\(undetermined: used as a value, so what it requests cannot be determined\)`
	_ = detect
}

func configured() []types.Attribute { return nil }
