// Package joined keeps the base URL of a dedicated face host in a struct
// field and joins the API's paths to it in the methods, as vendors' Go
// clients do.
package joined

import (
	"bytes"
	"net/http"
)

// Client calls Luxand.cloud.
type Client struct {
	base  string
	token string
}

// New returns a client of the hosted API.
func New(token string) *Client {
	return &Client{base: "https://api.luxand.cloud", token: token} // want `Luxand.cloud face API: "https://api.luxand.cloud" is the base URL of Luxand.cloud`
}

// Verify checks a photo against an enrolled person.
func (c *Client) Verify(person string, photo []byte) (*http.Response, error) {
	return http.Post(c.base+"/photo/verify/"+person, "image/jpeg", bytes.NewReader(photo)) // want `Luxand.cloud face API: "https://api.luxand.cloud/photo/verify/…" verifies a face against an enrolled person \[face-recognition;.*\] \(a path joined to the base URL of api.luxand.cloud, which this package names\)`
}

// Status is not a face call.
func (c *Client) Status() (*http.Response, error) {
	return http.Get(c.base + "/status")
}
