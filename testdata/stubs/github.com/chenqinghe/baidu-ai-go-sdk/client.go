// Package gosdk is a stub of github.com/chenqinghe/baidu-ai-go-sdk (a
// community client of the Baidu AI open platform), which the module proxy
// does not serve at any version.
//
// Where it was read: the public repository chenqinghe/baidu-ai-go-sdk,
// client.go at commit 1a951ebe93dca84a4e501ff60ec74cf842063a59 and go.mod at
// 0803d182bc44556a18f7171dff9e973e1fecb8a1 (the research notes give
// v0.3.2-alpha as the newest tag). Only the exported API that the face
// packages build on is reproduced; bodies return zero values and nothing
// here calls a service.
package gosdk

// Authorizer sets a client's access token.
type Authorizer interface {
	Authorize(*Client) error
}

// Client holds the API credentials.
type Client struct {
	ClientID     string
	ClientSecret string
	AccessToken  string
	Authorizer   Authorizer
}

// NewClient returns a client for an API key and secret.
func NewClient(ApiKey, secretKey string) *Client { return &Client{} }

// Auth obtains an access token.
func (client *Client) Auth() error { return nil }
