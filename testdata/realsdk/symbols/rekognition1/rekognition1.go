// Package rekognition1 uses Rekognition through the AWS SDK for Go v1,
// whose attribute constants are untyped strings.
package rekognition1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/rekognition"
	"github.com/aws/aws-sdk-go/service/rekognition/rekognitioniface"
)

func Faces(svc rekognitioniface.RekognitionAPI, img *rekognition.Image) error {
	_, err := svc.DetectFaces(&rekognition.DetectFacesInput{ // want `rekognitioniface.RekognitionAPI.DetectFaces detects faces`
		Image:      img,
		Attributes: []*string{aws.String(rekognition.AttributeAll)}, // want `rekognition.AttributeAll .*\[emotion-recognition;`
	})
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
