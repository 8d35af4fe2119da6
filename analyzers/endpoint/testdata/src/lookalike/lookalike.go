// Package lookalike has URLs and strings that look like face APIs and are not.
package lookalike

import (
	"bytes"
	"net/http"
)

const (
	status    = "https://api.luxand.cloud/status"
	hume      = "https://api.hume.ai"
	labels    = "https://vision.googleapis.com/v1/images:annotate"
	faceDocs  = "https://example.com/docs/face/detect"
	faceppish = "/facepp/v4/detect"
	azureish  = "/face/v1.0/detectnothing"
	boxInfo   = "/facebox/info"
	sight     = "https://api.sightengine.com/1.0/check.json?models=nudity-2.1,weapon"
	target    = "RekognitionService.DetectLabels"
	fontFace  = "face/detect"
)

// Labels asks Cloud Vision for labels only.
func Labels() (*http.Response, error) {
	body := []byte(`{"requests":[{"features":[{"type":"LABEL_DETECTION"}]}]}`)
	return http.Post(labels, "application/json", bytes.NewReader(body))
}

type T struct {
	URL string `json:"https://api.luxand.cloud/photo/emotions"`
}

// Same vendors, nothing biometric: Onfido documents and applicants, a
// Veriff document upload, FaceTec's session token, CompreFace and DeepFace
// calls without face plugins or emotion actions, other Hikvision ISAPI
// paths, Video Indexer's video list and Luxand's status.
const (
	onfidoApplicants = "https://api.eu.onfido.com/v3.6/applicants"
	onfidoDocuments  = "https://api.onfido.com/v3.6/documents"
	faceTecSession   = "/session-token"
	compreDetect     = "http://compreface:8000/api/v1/detection/detect"
	hikDeviceInfo    = "/ISAPI/System/deviceInfo"
	hikPicture       = "/ISAPI/Streaming/channels/101/picture"
	indexerVideos    = "https://api.videoindexer.ai/trial/Accounts/0000/Videos"
	speakerDocs      = "https://example.com/speaker/notes"
	otpVerify        = "https://api.example.com/api/v1/verification/verify"
	textAnalyze      = "https://nlp.example.com/analyze"
	clarifaiGeneral  = "https://api.clarifai.com/v2/models/general-image-recognition/outputs"
)

// OnfidoDocumentCheck asks Onfido for a document and watchlist check only.
func OnfidoDocumentCheck() (*http.Response, error) {
	body := []byte(`{"applicant_id":"a","report_names":["document","watchlist_standard"]}`)
	return http.Post("https://api.onfido.com/v3.6/checks", "application/json", bytes.NewReader(body))
}

// VeriffDocument uploads the front of an identity document.
func VeriffDocument(session string) (*http.Response, error) {
	body := []byte(`{"image":{"context":"document-front","content":"..."}}`)
	return http.Post("https://stationapi.veriff.com/v1/sessions/"+session+"/media", "application/json", bytes.NewReader(body))
}

// DeepFaceRepresent asks a DeepFace server for an analysis without
// emotion, age, gender or race.
func DeepFaceRepresent() (*http.Response, error) {
	body := []byte(`{"img":"x","actions":["none"]}`)
	return http.Post("http://deepface:5005/analyze", "application/json", bytes.NewReader(body))
}

// Other products and documentation of the same vendors: iProov's
// documentation host, Azure Computer Vision tags, Tencent Cloud's and
// Alibaba Cloud's compute APIs, Huawei Cloud's servers, OCI Vision's image
// classification.
const (
	iproovDocs  = "https://secure.iproov.me/docs.html"
	azureTags   = "https://westeurope.api.cognitive.microsoft.com/vision/v3.2/analyze?visualFeatures=Tags"
	tencentCVM  = "https://cvm.tencentcloudapi.com"
	alibabaECS  = "https://ecs.cn-hangzhou.aliyuncs.com/?Action=DescribeInstances"
	huaweiECS   = "https://ecs.cn-north-4.myhuaweicloud.com/v1/0123456789/cloudservers"
	ociClassify = `{"features":[{"featureType":"IMAGE_CLASSIFICATION"}]}`
	ociAnalyze  = "https://vision.aiservice.eu-frankfurt-1.oci.oraclecloud.com/20220125/actions/analyzeImage"
)

// SumsubPassport adds the applicant's passport: the same Sumsub path, no face.
func SumsubPassport(applicant string) (*http.Response, error) {
	body := []byte(`{"idDocType":"PASSPORT","country":"GBR"}`)
	return http.Post("https://api.sumsub.com/resources/applicants/"+applicant+"/info/idDoc", "application/json", bytes.NewReader(body))
}

// RekognitionPackages creates a connected-home stream processor, which
// detects people and packages without looking at faces.
func RekognitionPackages(req *http.Request) {
	req.Header.Set("X-Amz-Target", "RekognitionService.CreateStreamProcessor")
	_ = []byte(`{"Name":"porch","Settings":{"ConnectedHome":{"Labels":["PERSON","PACKAGE"]}}}`)
}
