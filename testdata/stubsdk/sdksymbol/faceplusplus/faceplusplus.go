// Package faceplusplus uses Face++ through the community client: the
// return_attributes it sets decide the category of the request.
package faceplusplus

import sdk "github.com/shiguanghuxian/face-golang-sdk"

func Emotions(c *sdk.FaceSDK, url string) (map[string]float32, error) {
	d, err := c.Detect() // want `sdk\.FaceSDK\.Detect .*\[face-detection; .*\(undetermined: the argument could not be determined \(no such argument\)`
	if err != nil {
		return nil, err
	}
	d.SetImage(url, "image_url")
	d.SetOption("return_attributes", "gender,emotion") // want `sdk\.FaceDetect\.SetOption .*; here it requests gender, emotion \[emotion-recognition;`
	d.SetOption("return_landmark", 1)
	res, _, err := d.End()
	if err != nil || len(res.Faces) == 0 {
		return nil, err
	}
	return res.Faces[0].Attributes.Emotion, nil
}

func Ages(c *sdk.FaceSDK) error {
	_, err := c.Detect(map[string]interface{}{"return_attributes": "age"}) // want `sdk\.FaceSDK\.Detect .*; here it requests age \[biometric-categorisation;`
	return err
}

func Search(c *sdk.FaceSDK, token, set string) error {
	s, err := c.Search() // want `sdk\.FaceSDK\.Search .*\[face-recognition;`
	if err != nil {
		return err
	}
	_, _, err = s.SetFace(token, "face_token").SetFaceSet(set, "outer_id").End()
	return err
}
