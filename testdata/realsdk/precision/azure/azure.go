// Package azure asks Azure Face for different face attributes.
package azure

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/services/cognitiveservices/v1.0/face"
)

func Detect(ctx context.Context, c face.Client, url string, attrs []face.AttributeType) {
	img := face.ImageURL{URL: &url}
	c.DetectWithURL(ctx, img, nil, nil, []face.AttributeType{face.AttributeTypeEmotion}, face.Recognition03, nil, face.Detection01)                         // want `face.Client.DetectWithURL .*; here it requests emotion \[emotion-recognition;`
	c.DetectWithURL(ctx, img, nil, nil, []face.AttributeType{face.AttributeTypeAge, face.AttributeTypeHeadPose}, face.Recognition03, nil, face.Detection01) // want `here it requests age \[biometric-categorisation;`
	c.DetectWithURL(ctx, img, nil, nil, []face.AttributeType{face.AttributeTypeHeadPose}, face.Recognition03, nil, face.Detection01)                        // want `face.Client.DetectWithURL detects faces and, on request, their landmarks, emotion, age, gender and other attributes \[face-detection;`
	c.DetectWithURL(ctx, img, nil, nil, nil, face.Recognition03, nil, face.Detection01)                                                                     // want `\[face-detection;`
	c.DetectWithURL(ctx, img, nil, nil, attrs, face.Recognition03, nil, face.Detection01)                                                                   // want `\[emotion-recognition; .*\(undetermined: the argument could not be determined \(the parameter attrs\), so emotion-recognition cannot be excluded\)`
}
