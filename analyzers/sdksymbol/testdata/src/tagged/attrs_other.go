//go:build biometrics

package tagged

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// Literal values are determined without type information too: a nil or
// empty Attributes requests nothing beyond the default, face detection.
func literalAttributes(ctx context.Context, c *rekognition.Client, attrs []types.Attribute) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: nil})                      // want `rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)$`
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{}})      // want `rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)$`
	c.DetectFaces(ctx, nil)                                                                 // want `rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)$`
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{"ALL"}}) // want `here it requests Attributes=ALL \[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)$`
	// What only the parameter holds stays undetermined.
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: attrs}) // want `\[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(undetermined: Attributes could not be determined \(the parameter attrs\), so emotion-recognition cannot be excluded; resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)$`
}
