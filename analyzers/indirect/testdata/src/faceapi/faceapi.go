// Package faceapi declares interfaces that other packages implement.
package faceapi

import "context"

// Matcher is implemented by photosvc.Client only.
type Matcher interface {
	Match(ctx context.Context) error
}

// Checker is implemented by photosvc.Liveness and by app.alwaysOK, which
// is not a wrapper.
type Checker interface {
	IsLive() bool
}
