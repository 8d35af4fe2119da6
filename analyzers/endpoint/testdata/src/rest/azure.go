package rest

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// AzureDetect asks Azure Face for emotions in the query string.
func AzureDetect(endpoint, key string, body *strings.Reader) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint+"/face/v1.0/detect?returnFaceAttributes=age,emotion&returnFaceId=false", body) // want `Microsoft Azure AI Face \(REST\): "…/face/v1.0/detect\?returnFaceAttributes=age,emotion&returnFaceId=false" detects faces and infers their emotions \[emotion-recognition;.*\] \(with returnFaceAttributes=age,emotion\)`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", key)
	return req, nil
}

// AzureIdentify builds the URL with url.URL.
func AzureIdentify(resource string) string {
	u := url.URL{Scheme: "https", Host: resource + ".cognitiveservices.azure.com", Path: "/face/v1.2/identify"} // want `"https://….cognitiveservices.azure.com/face/v1.2/identify" identifies people by their faces \[face-recognition;`
	return u.String()
}

// AzureLiveness creates a v1.2 liveness session.
func AzureLiveness(endpoint string) string {
	return fmt.Sprintf("%s/face/%s/detectLiveness-sessions", endpoint, "v1.2") // want `"…/face/v1.2/detectLiveness-sessions" creates a face liveness session \[face-liveness;`
}

// AzureDetectQuery puts the attributes in a url.Values encoded into RawQuery.
func AzureDetectQuery(endpoint string) string {
	q := url.Values{"returnFaceAttributes": {"headPose,glasses"}}
	u := url.URL{Scheme: "https", Host: "westeurope.api.cognitive.microsoft.com", Path: "/face/v1.0/detect", RawQuery: q.Encode()} // want `"https://westeurope.api.cognitive.microsoft.com/face/v1.0/detect\?…" detects faces \[face-detection;`
	return u.String()
}

// LegacyEmotion calls the retired Emotion API.
const LegacyEmotion = "https://westus.api.cognitive.microsoft.com/emotion/v1.0/recognize" // want `Microsoft Cognitive Services Emotion API \(legacy REST\): .* recognises emotions in faces \[emotion-recognition;`
