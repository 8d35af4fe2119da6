//go:build drift

// Package drift imports every catalogued package so that `go mod tidy`
// keeps the requirements and records a complete go.sum. It is never built.
package drift

import (
	_ "cloud.google.com/go/vision/apiv1"
	_ "google.golang.org/genproto/googleapis/cloud/vision/v1"
)
