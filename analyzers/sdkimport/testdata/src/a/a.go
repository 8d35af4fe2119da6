package a

import (
	"github.com/Kagami/go-face" // want `go-face \(github.com/Kagami/go-face\): import "github.com/Kagami/go-face" recognises faces with dlib.*\[face-recognition; EU AI Act Art. 5\(1\)\(e\), 5\(1\)\(h\), Annex III 1\(a\)\]`
	"github.com/aws/aws-sdk-go-v2/service/rekognition"
)

var _ *face.Recognizer
var _ rekognition.Client
