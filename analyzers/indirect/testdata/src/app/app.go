// Package app is the top of the chains: app -> identity -> photosvc -> rekognition.
package app

import (
	"context"

	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"

	"faceapi"
	"identity"
	"photosvc"
)

var ctx = context.Background()

func chains(c *photosvc.Client, s identity.Service, r *rk.Client) { // want chains:"face-recognition via app.chains -> photosvc.Client.Match -> photosvc.Client.compare -> rekognition.Client.CompareFaces; face-detection via app.chains -> photosvc.Enrol -> rekognition.Client.DetectFaces"
	identity.Verify(ctx, c)       // want `identity.Verify performs face recognition via rekognition.Client.CompareFaces, .*\(indirect use, 3 steps`
	s.Match(ctx)                  // want `photosvc.Client.Match performs face recognition .*\(indirect use, 2 steps`
	photosvc.Enrol(r)             // want `photosvc.Enrol performs face recognition .*2 steps`
	photosvc.Each(r, []int{1})    // want `photosvc.Each performs face detection`
	photosvc.Each[string](r, nil) // want `photosvc.Each performs face detection`
	photosvc.Liveness{}.IsLive()  // want `photosvc.Liveness.IsLive performs face detection`
	photosvc.Even(2, r)           // want `photosvc.Even performs face recognition .*3 steps`
	photosvc.Ping(2)              // no capability
	photosvc.Verify(r)            // want `photosvc.Verify performs face recognition`
	photosvc.Lookup(r)            // want `photosvc.Lookup performs face recognition`
	photosvc.Nothing()            // no capability
	_ = c.Text()                  // not biometric
	photosvc.Scanner(r)()         // want `photosvc.Scanner performs face detection`
}

// Promoted through two levels of embedding.
type local struct{ identity.Service }

func promoted(l local) { // want promoted:"face-recognition via app.promoted -> photosvc.Client.Match -> photosvc.Client.compare -> rekognition.Client.CompareFaces"
	l.Match(ctx) // want `photosvc.Client.Match performs face recognition`
}

func fields(h *photosvc.Hooks, r *rk.Client) { // want fields:"face-recognition via app.fields -> photosvc.Hooks.OnFace -> photosvc.Match -> rekognition.Client.CompareFaces; face-detection via app.fields -> photosvc.Hooks.OnFace -> photosvc.Hooks.SetFace.func1 -> rekognition.Client.DetectFaces"
	h.OnFace(r) // want `photosvc.Hooks.OnFace performs face recognition`
	h.Other()
}

// Function values and closures of this package that refer to wrappers.
func values(r *rk.Client) { // want values:"face-recognition via app.values -> app.values.f -> photosvc.Match -> rekognition.Client.CompareFaces"
	f := photosvc.Match // want `photosvc.Match performs face recognition`
	f(r)
}

func closures(r *rk.Client) { // want closures:"face-recognition via app.closures -> app.closures.func1 -> photosvc.Match -> rekognition.Client.CompareFaces"
	run(func() {
		photosvc.Match(r) // want `photosvc.Match performs face recognition`
	})
}

func run(f func()) { f() }

// Same-package calls are not reported: values is capable, but calling it
// here is not a finding (the call to photosvc.Match inside it is).
func caller(r *rk.Client) { // want caller:"face-recognition via app.caller -> app.values -> app.values.f -> photosvc.Match -> rekognition.Client.CompareFaces"
	values(r)
}

// Interfaces: faceapi.Matcher's only implementation in the program is a
// wrapper; faceapi.Checker has another one, alwaysOK.

func viaInterface(m faceapi.Matcher, ch faceapi.Checker) { // want viaInterface:"face-recognition via app.viaInterface -> faceapi.Matcher.Match -> photosvc.Client.Match -> photosvc.Client.compare -> rekognition.Client.CompareFaces"
	m.Match(ctx) // want `faceapi.Matcher.Match performs face recognition .*\(indirect use, 3 steps`
	ch.IsLive()  // another implementation is not a wrapper
}

type alwaysOK struct{}

func (alwaysOK) IsLive() bool { return true }

// FaceComparer's only implementation is the SDK client itself.
type FaceComparer interface {
	CompareFaces(ctx context.Context, in *rk.CompareFacesInput, opts ...func(*rk.Options)) (*rk.CompareFacesOutput, error)
}

func viaSDKInterface(fc FaceComparer) { // want viaSDKInterface:"face-recognition via app.viaSDKInterface -> app.FaceComparer.CompareFaces -> rekognition.Client.CompareFaces"
	fc.CompareFaces(ctx, nil) // want `app.FaceComparer.CompareFaces performs face recognition via rekognition.Client.CompareFaces, .*1 step down`
}
