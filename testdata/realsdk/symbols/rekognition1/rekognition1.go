// Package rekognition1 uses Rekognition through the AWS SDK for Go v1,
// whose attribute constants are untyped strings.
package rekognition1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/rekognition"
	"github.com/aws/aws-sdk-go/service/rekognition/rekognitioniface"
)

func Faces(svc rekognitioniface.RekognitionAPI, img *rekognition.Image) error {
	_, err := svc.DetectFaces(&rekognition.DetectFacesInput{ // want `rekognitioniface.RekognitionAPI.DetectFaces detects faces .*; here it requests Attributes=ALL \[emotion-recognition;`
		Image:      img,
		Attributes: []*string{aws.String(rekognition.AttributeAll)},
	})
	return err
}

// Ages asks with a raw literal, as v1's untyped constants allow.
func Ages(svc *rekognition.Rekognition, img *rekognition.Image) error {
	in := &rekognition.DetectFacesInput{Image: img}
	in.Attributes = []*string{aws.String("AGE_RANGE")}
	_, err := svc.DetectFaces(in) // want `rekognition.Rekognition.DetectFaces .*; here it requests Attributes=AGE_RANGE \[biometric-categorisation;`
	return err
}

func Search(svc *rekognition.Rekognition, img *rekognition.Image) error {
	_, err := svc.SearchFacesByImage(&rekognition.SearchFacesByImageInput{CollectionId: aws.String("staff"), Image: img}) // want `rekognition.Rekognition.SearchFacesByImage searches .*\[face-recognition;`
	if err != nil {
		return err
	}
	_, err = svc.DetectText(&rekognition.DetectTextInput{Image: img})
	return err
}
