// Package imports imports dedicated biometric packages (reported) and
// multi-purpose ones (not reported on import alone).
package imports

import (
	_ "cloud.google.com/go/vision/v2/apiv1"
	_ "github.com/Kagami/go-face" // want `go-face .*import "github.com/Kagami/go-face" recognises faces with dlib.*\[face-recognition;`
	_ "github.com/aws/aws-sdk-go-v2/service/rekognition"
	_ "github.com/aws/aws-sdk-go/service/rekognition"
	_ "github.com/dimuls/face"                // want `face \(dlib face detection and recognition with gocv images\): import "github.com/dimuls/face" detects faces with dlib's CNN detector .*\[face-recognition;`
	_ "github.com/esimov/pigo/core"           // want `import "github.com/esimov/pigo/core" .*\[face-detection;`
	_ "github.com/jack139/arcface-go/arcface" // want `arcface-go .*import "github.com/jack139/arcface-go/arcface" detects faces and computes ArcFace face embeddings for recognition \[face-recognition;`
	_ "github.com/jack139/arcface-go/gocvx"
	_ "github.com/machinebox/sdk-go/facebox" // want `import "github.com/machinebox/sdk-go/facebox" .*\[face-recognition;`
	_ "gocv.io/x/gocv"
	_ "golang.org/x/image/font"
)
