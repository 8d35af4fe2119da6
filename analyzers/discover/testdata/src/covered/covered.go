// Package covered detects faces with gocv, a catalogued package: its names
// of faces speak of that vendor, which the catalogued analyzers report, so
// discover stays silent here (emojify-app/face-detection is of this shape).
package covered

import (
	"image"

	"gocv.io/x/gocv"
)

type Face struct{ classifier *gocv.CascadeClassifier }

// DetectFaces detects faces in the image file.
func (fp *Face) DetectFaces(file string) ([]image.Rectangle, error) {
	return fp.detectFacesHAAR(file)
}

func (fp *Face) detectFacesHAAR(file string) ([]image.Rectangle, error) {
	fp.classifier.Load(file)
	return nil, nil
}
