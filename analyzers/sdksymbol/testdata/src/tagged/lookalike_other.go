//go:build biometrics

package tagged

import "github.com/aws/aws-sdk-go-v2/service/rekognition"

var _ *rekognition.Client

// album declares its own CompareFaces: a file that does is never matched by
// method name.
type album struct{}

func (album) CompareFaces() {}

func sort(a album) { a.CompareFaces() }
