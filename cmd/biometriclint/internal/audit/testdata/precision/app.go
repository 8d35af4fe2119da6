// Package app uses Rekognition, Azure Face and Facebox the way a syntax-only
// audit reads them: without types.
package app

import (
	"context"
	"image"

	"github.com/Azure/azure-sdk-for-go/services/cognitiveservices/v1.0/face"
	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	"github.com/machinebox/sdk-go/facebox"
)

// Literal nil and empty attributes request nothing: face detection.
func literals(ctx context.Context, c *rekognition.Client, fc face.Client, img face.ImageURL) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: nil})                                           // want `^AWS Rekognition \(AWS SDK for Go v2\): rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, without type information\)$`
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: []types.Attribute{}})                           // want `^AWS Rekognition \(AWS SDK for Go v2\): rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, without type information\)$`
	fc.DetectWithURL(ctx, img, nil, nil, nil, "recognition_04", nil, "detection_01")                             // want `face.Client.DetectWithURL detects faces and, on request, their landmarks, emotion, age, gender and other attributes \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, without type information\)$`
	fc.DetectWithURL(ctx, img, nil, nil, []face.AttributeType{}, "recognition_04", nil, "detection_01")          // want `face.Client.DetectWithURL detects faces .* \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, without type information\)$`
	fc.DetectWithURL(ctx, img, nil, nil, []face.AttributeType{"emotion"}, "recognition_04", nil, "detection_01") // want `face.Client.DetectWithURL detects faces .*; here it requests emotion \[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(resolved from the file's imports, without type information\)$`
}

// Local variables that hold literals are determined too.
func locals(ctx context.Context, c *rekognition.Client) {
	in := &rekognition.DetectFacesInput{}
	in.Attributes = []types.Attribute{"ALL"}
	c.DetectFaces(ctx, in) // want `rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender; here it requests Attributes=ALL \[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(resolved from the file's imports, without type information\)$`
	none := []types.Attribute{}
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: none}) // want `rekognition.Client.DetectFaces detects faces and, on request, their emotions, age range and gender \[face-detection; EU AI Act Art. 3\(34\)\] \(resolved from the file's imports, without type information\)$`
}

// A value only the caller knows stays undetermined, and so emotion
// recognition cannot be excluded.
func parameter(ctx context.Context, c *rekognition.Client, attrs []types.Attribute) {
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Attributes: attrs}) // want `\[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(undetermined: Attributes could not be determined \(the parameter attrs\), so emotion-recognition cannot be excluded; resolved from the file's imports, without type information\)$`
}

// The project's own detectors are declared in other files of the package
// (detector.go, detector_test.go): their methods are not Rekognition's.
func project(ctx context.Context, d detector) {
	d.DetectFaces(ctx, nil)
	newFake().IndexFaces(ctx, nil)
	newDetector().DetectFaces(ctx, nil)
}

// A receiver nothing declares is matched by the method name.
func unknownReceiver(ctx context.Context) {
	client().CompareFaces(ctx, nil) // want `^AWS Rekognition \(AWS SDK for Go v2\): rekognition.Client.CompareFaces compares a face with the faces in another image to verify identity \[face-recognition; EU AI Act Art. 5\(1\)\(e\), 5\(1\)\(h\), Annex III 1\(a\)\] \(resolved from the file's imports, without type information; matched by method name, the receiver's type being unknown\)$`
}

// image.Rect and the Rect of image values are not facebox's Face.Rect.
func bounds(img *image.RGBA, f facebox.Face) image.Rectangle { // want `^Machine Box Facebox and Videobox: facebox.Face holds a detected face, the identity it matched and its faceprint \[face-recognition; EU AI Act Art. 5\(1\)\(e\), 5\(1\)\(h\), Annex III 1\(a\)\] \(resolved from the file.s imports, without type information\)$`
	rgba := image.NewRGBA(image.Rect(0, 0, 1, 1))
	var m image.RGBA
	_, _ = m.Rect, rgba.Rect
	_ = f.Rect // supporting evidence of facebox.Face above
	return img.Rect
}
