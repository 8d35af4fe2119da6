package benchcorpus

import "go/build"

// buildContext is the default build context with cgo off, so that Load
// needs no C toolchain.
func buildContext() *build.Context {
	ctx := build.Default
	ctx.CgoEnabled = false
	return &ctx
}
