// Package acmevision is a client of a face API the catalog does not name,
// shaped like the vendors' own Go clients: a base URL in a struct field,
// joined with operation paths in the methods.
package acmevision

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"net/http"
)

// Client calls the vendor's API.
type Client struct {
	BaseURL string
	Key     string
}

// New returns a client of the hosted service.
func New(key string) *Client {
	return &Client{BaseURL: "https://api.acmevision.example", Key: key} // want `Uncatalogued vendor or library: "https://api.acmevision.example" may be face recognition outside the catalog; evidence: url: joined with face\+verify paths`
}

// VerifyRequest compares a selfie with a reference photo.
type VerifyRequest struct {
	Selfie    []byte
	Reference []byte
}

// CompareFaces compares two face images.
func (c *Client) CompareFaces(img1, img2 []byte) (float64, error) { // want `func Client.CompareFaces may be face recognition outside the catalog; evidence: name: faces\+compare; modality: media input`
	body := bytes.NewBufferString(base64.StdEncoding.EncodeToString(img1) + base64.StdEncoding.EncodeToString(img2))
	resp, err := http.Post(c.BaseURL+"/face/verify", "application/json", body) // want `"…/face/verify" may be face recognition outside the catalog; evidence: url: face\+verify; name: in a function named faces\+compare; modality: media input`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return 1, nil
}

// DetectEmotions reads the emotions of the faces in an image.
func (c *Client) DetectEmotions(img image.Image) ([]string, error) { // want `func Client.DetectEmotions may be emotion recognition outside the catalog; evidence: name: emotions\+input; modality: media input`
	url := fmt.Sprintf("%s/v2/emotion/analyze", c.BaseURL)
	_ = url
	return nil, nil
}

// FaceAttributes are what the detect call returns.
type FaceAttributes struct { // want `type FaceAttributes may be biometric categorisation outside the catalog; evidence: name: face\+attributes; fields: face\+age`
	Age    float64
	Gender string
}

// Status is not biometric: no finding.
func (c *Client) Status() (string, error) {
	resp, err := http.Get(c.BaseURL + "/status")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Status, nil
}
