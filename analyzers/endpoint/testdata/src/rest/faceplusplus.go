// Package rest calls face and emotion web APIs over plain HTTP.
package rest

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const faceppBase = "https://api-us.faceplusplus.com"

// FaceppEmotions sends the attributes as a form.
func FaceppEmotions(key, secret, imageURL string) (*http.Response, error) {
	form := url.Values{}
	form.Set("api_key", key)
	form.Set("api_secret", secret)
	form.Set("image_url", imageURL)
	form.Set("return_attributes", "gender,age,emotion")
	return http.PostForm(faceppBase+"/facepp/v3/detect", form) // want `Megvii Face\+\+ Face API \(REST\): "https://api-us.faceplusplus.com/facepp/v3/detect" detects faces and infers their emotions \[emotion-recognition; EU AI Act Art. 5\(1\)\(f\), Annex III 1\(c\)\] \(with return_attributes=gender,age,emotion\)`
}

// FaceppAges asks for age and gender only: biometric categorisation.
func FaceppAges(imageURL string) (*http.Response, error) {
	return http.PostForm(faceppBase+"/facepp/v3/detect", url.Values{ // want `"https://api-us.faceplusplus.com/facepp/v3/detect" detects faces and infers age, gender, ethnicity or beauty \[biometric-categorisation;`
		"image_url":         {imageURL},
		"return_attributes": {"gender,age"},
	})
}

// FaceppDetect asks for no attributes: face detection.
func FaceppDetect(imageURL string) (*http.Response, error) {
	return http.PostForm(faceppBase+"/facepp/v3/detect", url.Values{"image_url": {imageURL}}) // want `"https://api-us.faceplusplus.com/facepp/v3/detect" detects faces \[face-detection;`
}

// FaceppCompare builds the URL with Sprintf from a host variable.
func FaceppCompare(host string) string {
	return fmt.Sprintf("https://%s/facepp/v3/compare", host) // want `"https://…/facepp/v3/compare" compares two faces to verify identity \[face-recognition;`
}

// FaceppFaceset uses a constant path joined to the base.
func FaceppFaceset() (string, error) {
	return url.JoinPath(faceppBase, "facepp", "v3", "faceset", "create") // want `"https://api-us.faceplusplus.com/facepp/v3/faceset/create" manages a face set`
}

// Status is not a face call.
func Status() (*http.Response, error) {
	return http.Get(faceppBase + "/status")
}

var _ = strings.ToUpper
