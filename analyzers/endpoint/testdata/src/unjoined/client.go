// Package unjoined joins face-looking paths to a base URL it does not
// name: nothing says which API it calls, so the endpoint analyzer is silent.
package unjoined

import "net/http"

// Client calls a configurable server.
type Client struct{ base string }

// Verify posts to the server's verify path.
func (c *Client) Verify() (*http.Response, error) {
	return http.Post(c.base+"/photo/verify/x", "image/jpeg", nil)
}
