package rest

import (
	"bytes"
	"net/http"
	"net/url"
)

// CompreFaceRecognize recognises faces and asks for age and gender.
func CompreFaceRecognize(base, key string, img []byte) (*http.Request, error) {
	q := url.Values{}
	q.Set("limit", "3")
	q.Set("face_plugins", "age,gender")
	req, err := http.NewRequest("POST", base+"/api/v1/recognition/recognize?"+q.Encode(), bytes.NewReader(img)) // want `CompreFace \(REST, self-hosted\): "…/api/v1/recognition/recognize\?…" estimates the age or gender of the faces \[biometric-categorisation;.*\(with face_plugins=age,gender\)`
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", key)
	return req, nil
}

// CompreFaceEnrol adds an example of a subject.
const compreFaceEnrol = "http://compreface:8000/api/v1/recognition/faces?subject=alice" // want `CompreFace \(REST, self-hosted\): .* enrols or lists the faces of known people \[face-recognition;`

// CompreFaceVerify compares a selfie with a document photo, both base64.
func CompreFaceVerify(base, selfie, doc string) (*http.Response, error) {
	body := `{"source_image": "` + selfie + `", "target_image": "` + doc + `"}`
	return http.Post(base+"/api/v1/verification/verify", "application/json", bytes.NewBufferString(body)) // want `CompreFace \(REST, self-hosted\): "…/api/v1/verification/verify" verifies that two images show the same person \[face-recognition;`
}

// DeepFaceEmotion asks a DeepFace API server for emotions.
func DeepFaceEmotion(img string) (*http.Response, error) {
	body := []byte(`{"img": "` + img + `", "actions": ["emotion"]}`)
	return http.Post("http://deepface:5005/analyze", "application/json", bytes.NewReader(body)) // want `DeepFace API \(REST, self-hosted\): "http://deepface:5005/analyze" recognises the emotions of the faces in an image \[emotion-recognition;.*\(with actions=emotion\)`
}

// HikvisionEnrol adds a face to a device's face library.
func HikvisionEnrol(host string) string {
	return "http://" + host + "/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json" // want `Hikvision ISAPI face library .*: ".*/ISAPI/Intelligent/FDLib/FaceDataRecord\?format=json" manages or searches the device's face library \(enrolled faces\) \[face-recognition;`
}

// AzureSpeaker identifies a speaker among enrolled profiles.
func AzureSpeaker(region string) string {
	return "https://" + region + ".api.cognitive.microsoft.com/speaker/identification/v2.0/text-independent/profiles/identifySingleSpeaker?profileIds=a,b" // want `Azure AI Speech speaker recognition \(REST\): .* enrols voice profiles and identifies speakers by their voice \[speaker-recognition;`
}

// VideoIndexerPerson creates a person model.
const videoIndexerPerson = "https://api.videoindexer.ai/trial/Accounts/00000000-0000-0000-0000-000000000000/Customization/PersonModels?name=staff" // want `Azure AI Video Indexer person models \(REST\): .* manages person models, the faces Video Indexer recognises people by \[face-recognition;`

// LuxandPerson enrols a person on the regional host.
const luxandPerson = "https://us-api.luxand.cloud/v2/person" // want `Luxand.cloud face API: "https://us-api.luxand.cloud/v2/person" enrols people and their faces \[face-recognition;`

// ClarifaiFaces runs Clarifai's public face detection model.
const clarifaiFaces = "https://api.clarifai.com/v2/models/face-detection/versions/6dc7e46bc9124c5c8824be4822abe105/outputs" // want `Clarifai face detection model \(REST\): .* runs Clarifai's face detection model \[face-detection;`
