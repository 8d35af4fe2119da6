// Package gocvmodels loads cascades with gocv: the cascade file decides
// whether that is biometric. CascadeClassifier is declared in a cgo file of
// gocv, so with cgo off its Load method cannot be resolved: tested with cgo on.
package gocvmodels

import (
	"path/filepath"

	"gocv.io/x/gocv"
)

func Cascades(dir, configured string) {
	faces := gocv.NewCascadeClassifier()
	faces.Load("data/haarcascade_frontalface_default.xml") // want `gocv.CascadeClassifier.Load loads a cascade classifier; here it loads data/haarcascade_frontalface_default.xml, which is a Haar cascade face detector \[face-detection;`

	plates := gocv.NewCascadeClassifier()
	plates.Load(filepath.Join(dir, "haarcascade_russian_plate_number.xml")) // a licence plate cascade: no finding

	unknown := gocv.NewCascadeClassifier()
	unknown.Load(configured) // want `gocv.CascadeClassifier.Load loads a cascade classifier \[face-detection; .*\(possible: the model file could not be determined \(the parameter configured\), so face-detection cannot be excluded; the package has other biometric findings\)`
}
