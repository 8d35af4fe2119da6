// Package baidu uses the Baidu face API through the community client:
// what DetectAndAnalysis requests in face_fields decides its category.
package baidu

import (
	"github.com/chenqinghe/baidu-ai-go-sdk/vision"
	face "github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v2"
	v3 "github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v3"
)

func Analyse(c *face.FaceClient, img *vision.Image, fields string) error {
	if _, err := c.DetectAndAnalysis(img, map[string]interface{}{"face_fields": "age,expression", "max_face_num": 1}); err != nil { // want `v2\.FaceClient\.DetectAndAnalysis .*; here it requests age, expression \[emotion-recognition;`
		return err
	}
	opts := map[string]interface{}{"face_fields": "gender"}
	if _, err := c.DetectAndAnalysis(img, opts); err != nil { // want `v2\.FaceClient\.DetectAndAnalysis .*; here it requests gender \[biometric-categorisation;`
		return err
	}
	if _, err := c.DetectAndAnalysis(img, map[string]interface{}{"max_face_num": 5}); err != nil { // want `v2\.FaceClient\.DetectAndAnalysis .*\[face-detection;`
		return err
	}
	_, err := c.DetectAndAnalysis(img, map[string]interface{}{"face_fields": fields}) // want `v2\.FaceClient\.DetectAndAnalysis .*\[emotion-recognition; .*\(undetermined: the argument could not be determined \(the parameter fields\)`
	return err
}

func Verify(c v3.FaceClient, a, b string) error {
	_, err := c.FaceMatch([2]v3.FaceMatchImage{{Image: a, ImageType: "URL"}, {Image: b, ImageType: "URL"}}) // want `v3\.FaceClient\.FaceMatch .*\[face-recognition;`
	return err
}

// Load reads an image with the SDK's vision package, which is not biometric.
func Load(file string) (*vision.Image, error) { return vision.FromFile(file) }
