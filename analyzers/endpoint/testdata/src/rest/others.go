package rest

import (
	"bytes"
	"net/http"
	"net/url"
)

const (
	kairos     = "https://api.kairos.com" // want `Kairos face recognition API: "https://api.kairos.com" is the base URL of Kairos, an API that serves only face recognition and face analysis \[face-recognition;`
	kairosEnrl = kairos + "/enroll"       // want `Kairos face recognition API: "https://api.kairos.com/enroll" enrols a person's face in a gallery \[face-recognition;`
)

// Luxand calls the emotion endpoint with a token header.
func Luxand(token string, photo []byte) (*http.Request, error) {
	req, err := http.NewRequest("POST", "https://api.luxand.cloud/photo/emotions", bytes.NewReader(photo)) // want `Luxand.cloud face API: "https://api.luxand.cloud/photo/emotions" recognises the emotions of faces \[emotion-recognition;`
	if err != nil {
		return nil, err
	}
	req.Header.Set("token", token)
	return req, nil
}

// Sightengine asks for face attributes.
func Sightengine(user, secret, img string) string {
	v := url.Values{}
	v.Set("models", "face-attributes,nudity-2.1")
	v.Set("api_user", user)
	v.Set("url", img)
	return "https://api.sightengine.com/1.0/check.json?" + v.Encode() // want `"https://api.sightengine.com/1.0/check.json\?…" infers face attributes such as age \(minors\) \[biometric-categorisation;`
}

// Hume submits a batch job to the expression measurement API.
const humeJobs = "https://api.hume.ai/v0/batch/jobs" // want `Hume AI Hume expression measurement and empathic voice API: "https://api.hume.ai/v0/batch/jobs" measures emotional expressions`

// HumeStream streams video frames to the new host.
var humeStream = url.URL{Scheme: "wss", Host: "api.cloud.hume.ai", Path: "/v1/expression/video/realtime"} // want `"wss://api.cloud.hume.ai/v1/expression/video/realtime" measures emotional expressions in video or audio \[emotion-recognition;`

// Rekognition calls DetectFaces through the JSON API with all attributes.
func Rekognition(region string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest("POST", "https://rekognition."+region+".amazonaws.com/", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", "RekognitionService.DetectFaces") // want `AWS Rekognition \(JSON API without the SDK\): "RekognitionService.DetectFaces" detects faces and infers their emotions \[emotion-recognition;.*\] \(with Attributes=ALL\)`
	_ = []byte(`{"Image":{"S3Object":{"Bucket":"b","Name":"n"}},"Attributes":["ALL"]}`)
	return req, nil
}

// GoogleFaces asks Cloud Vision for faces.
func GoogleFaces(key string) (*http.Response, error) {
	body := []byte(`{"requests":[{"image":{"source":{"imageUri":"gs://b/i.jpg"}},"features":[{"type":"FACE_DETECTION","maxResults":10}]}]}`)
	return http.Post("https://vision.googleapis.com/v1/images:annotate?key="+key, "application/json", bytes.NewReader(body)) // want `Google Cloud Vision and Video Intelligence \(REST\): "https://vision.googleapis.com/v1/images:annotate\?key=…" detects faces and the likelihood of joy, sorrow, anger and surprise \[face-detection;.*\] \(with type=FACE_DETECTION\)`
}

type feature struct{ Type string }

// GoogleFacesStruct sets the feature in a struct literal.
func GoogleFacesStruct() []feature {
	_ = "https://vision.googleapis.com/v1/images:annotate" // want `\[face-detection;.*\(with Type=FACE_DETECTION\)`
	return []feature{{Type: "FACE_DETECTION"}}
}

// Tencent calls iai with its action header.
func Tencent(req *http.Request) {
	req.URL, _ = url.Parse("https://iai.tencentcloudapi.com") // want `Tencent Cloud face services \(REST\): "https://iai.tencentcloudapi.com" detects faces and infers age, gender and expression \[biometric-categorisation;.*\(with X-TC-Action=DetectFaceAttributes\)`
	req.Header.Set("X-TC-Action", "DetectFaceAttributes")
}

// Alibaba recognises expressions.
const alibaba = "https://facebody.cn-shanghai.aliyuncs.com/?Action=RecognizeExpression&ImageURL=x" // want `Alibaba Cloud facebody \(REST\): .* recognises facial expressions \[emotion-recognition;`

// Huawei compares faces.
const huawei = "https://face.cn-north-4.myhuaweicloud.com/v2/0123456789/face-compare" // want `"https://face.cn-north-4.myhuaweicloud.com/v2/0123456789/face-compare" compares two faces to verify identity \[face-recognition;`

// OCI computes face embeddings.
func OCI() (string, string) {
	return "https://vision.aiservice.eu-frankfurt-1.oci.oraclecloud.com/20220125/actions/analyzeImage", `{"features":[{"featureType":"FACE_EMBEDDING"}]}` // want `Oracle OCI Vision \(REST\): .* computes face embeddings for recognition \[face-recognition;`
}

// Facebox teaches a self-hosted Machine Box.
func Facebox(base string) string {
	return base + "/facebox/teach" // want `Machine Box Facebox \(REST, self-hosted\): "…/facebox/teach" enrols a person's face \[face-recognition;`
}

// Baidu detects faces with the emotion field.
func Baidu(token string) string {
	return "https://aip.baidubce.com/rest/2.0/face/v3/detect?access_token=" + token + "&face_field=age,emotion" // want `Baidu AI face recognition \(REST v2 and v3\): .* detects faces and infers their emotions or expressions \[emotion-recognition;`
}

// RekognitionStream creates a stream processor that searches a face
// collection in live video.
func RekognitionStream(req *http.Request) {
	req.Header.Set("X-Amz-Target", "RekognitionService.CreateStreamProcessor") // want `AWS Rekognition \(JSON API without the SDK\): "RekognitionService.CreateStreamProcessor" creates a stream processor that searches live video for the faces of a collection \[face-recognition;.*\(with CollectionId=staff\)`
	_ = []byte(`{"Name":"door","Settings":{"FaceSearch":{"CollectionId":"staff","FaceMatchThreshold":90}}}`)
}

// RekognitionCelebrities reads the celebrities of a video.
const rekognitionCelebrities = "RekognitionService.GetCelebrityRecognition" // want `"RekognitionService.GetCelebrityRecognition" reads the celebrities recognised in a video \[face-recognition;`
