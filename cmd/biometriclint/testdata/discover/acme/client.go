// Package acme is a Go client of a face API the catalog does not name.
package acme

import (
	"bytes"
	"image"
	"net/http"
)

// Client calls the API.
type Client struct{ BaseURL string }

// New returns a client of the hosted API.
func New() *Client { return &Client{BaseURL: "https://api.acmefaces.example"} }

// VerifyFaces compares two face photos.
func (c *Client) VerifyFaces(photo1, photo2 []byte) error {
	_, err := http.Post(c.BaseURL+"/v1/face/verify", "image/jpeg", bytes.NewReader(photo1))
	return err
}

// FaceAttributes are what detection returns.
type FaceAttributes struct {
	Age     float64
	Gender  string
	Emotion string
}

// DetectEmotions reads the emotions of the faces in an image.
func DetectEmotions(img image.Image) []string { return nil }
