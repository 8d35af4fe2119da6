// Package photosvc hides Rekognition behind its own names.
package photosvc

import (
	"context"

	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"
)

var ctx = context.Background()

// Methods on pointer receivers, calling each other.

type Client struct{ rk *rk.Client }

func (c *Client) Match(ctx context.Context) error { // want Match:"face-recognition via photosvc.Client.Match -> photosvc.Client.compare -> rekognition.Client.CompareFaces"
	return c.compare(ctx)
}

func (c *Client) compare(ctx context.Context) error { // want compare:"face-recognition via photosvc.Client.compare -> rekognition.Client.CompareFaces"
	_, err := c.rk.CompareFaces(ctx, nil)
	return err
}

// Text is not biometric.
func (c *Client) Text() error { return c.rk.DetectText(ctx) }

// A method on a value receiver.

type Liveness struct{ rk *rk.Client }

func (l Liveness) IsLive() bool { // want IsLive:"face-detection via photosvc.Liveness.IsLive -> rekognition.Client.DetectFaces"
	_, err := l.rk.DetectFaces(ctx, nil)
	return err == nil
}

// Functions, one with two categories.

func Match(c *rk.Client) { // want Match:"face-recognition via photosvc.Match -> rekognition.Client.CompareFaces"
	c.CompareFaces(ctx, nil)
}

func Enrol(c *rk.Client) { // want Enrol:"face-recognition via photosvc.Enrol -> photosvc.Match -> rekognition.Client.CompareFaces; face-detection via photosvc.Enrol -> rekognition.Client.DetectFaces"
	c.DetectFaces(ctx, nil)
	Match(c)
}

func Each[T any](c *rk.Client, xs []T) { // want Each:"face-detection via photosvc.Each -> rekognition.Client.DetectFaces"
	for range xs {
		c.DetectFaces(ctx, nil)
	}
}

// Recursion and a cycle end, with the shortest path.

func Retry(n int, c *rk.Client) { // want Retry:"face-recognition via photosvc.Retry -> rekognition.Client.CompareFaces"
	if n > 0 {
		Retry(n-1, c)
	}
	c.CompareFaces(ctx, nil)
}

func Even(n int, c *rk.Client) { // want Even:"face-recognition via photosvc.Even -> photosvc.Odd -> photosvc.Match -> rekognition.Client.CompareFaces"
	if n > 0 {
		Odd(n-1, c)
	}
}

func Odd(n int, c *rk.Client) { // want Odd:"face-recognition via photosvc.Odd -> photosvc.Match -> rekognition.Client.CompareFaces"
	if n > 0 {
		Even(n-1, c)
		return
	}
	Match(c)
}

// Ping and Pong form a cycle without capability: no fact.
func Ping(n int) {
	if n > 0 {
		Pong(n - 1)
	}
}

func Pong(n int) { Ping(n) }

// Function values in variables and struct fields.

var Verify = func(c *rk.Client) { // want Verify:"face-recognition via photosvc.Verify -> photosvc.Verify.func1 -> rekognition.Client.CompareFaces"
	c.CompareFaces(ctx, nil)
}

var Lookup = Match // want Lookup:"face-recognition via photosvc.Lookup -> photosvc.Match -> rekognition.Client.CompareFaces"

var Nothing = func() {}

type Hooks struct {
	OnFace func(*rk.Client) // want OnFace:"face-recognition via photosvc.Hooks.OnFace -> photosvc.Match -> rekognition.Client.CompareFaces; face-detection via photosvc.Hooks.OnFace -> photosvc.Hooks.SetFace.func1 -> rekognition.Client.DetectFaces"
	Other  func()
}

// NewHooks stores capable functions but does not call them: no fact.
func NewHooks() *Hooks {
	return &Hooks{OnFace: Match, Other: func() {}}
}

func (h *Hooks) SetFace() {
	h.OnFace = func(c *rk.Client) { c.DetectFaces(ctx, nil) }
}

// Closures: a function that defines one has its capability.

func Scanner(c *rk.Client) func() { // want Scanner:"face-detection via photosvc.Scanner -> photosvc.Scanner.func1 -> rekognition.Client.DetectFaces"
	return func() { c.DetectFaces(ctx, nil) }
}

func Local(c *rk.Client) { // want Local:"face-recognition via photosvc.Local -> photosvc.Local.f -> rekognition.Client.CompareFaces"
	f := c.CompareFaces
	f(ctx, nil)
}
