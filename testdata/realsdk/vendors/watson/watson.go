// Package watson uses Watson Visual Recognition v3 face detection, which
// estimates age and gender, next to image classification, which is not
// biometric.
package watson

import "github.com/watson-developer-cloud/go-sdk/visualrecognitionv3"

func Faces(svc *visualrecognitionv3.VisualRecognitionV3, url string) error {
	if _, err := svc.DetectFaces(svc.NewDetectFacesOptions().SetURL(url)); err != nil { // want `visualrecognitionv3\.VisualRecognitionV3\.DetectFaces .*\[biometric-categorisation;` `visualrecognitionv3\.VisualRecognitionV3\.NewDetectFacesOptions .*\[biometric-categorisation;`
		return err
	}
	_, err := svc.Classify(svc.NewClassifyOptions().SetURL(url))
	return err
}
