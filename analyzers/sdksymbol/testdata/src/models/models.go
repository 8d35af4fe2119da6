// Package models loads cascades: the file decides.
package models

import "gocv.io/x/gocv"

func Load(configured string) {
	c := gocv.NewCascadeClassifier()
	c.Load("haarcascade_frontalface_default.xml") // want `here it loads haarcascade_frontalface_default.xml, which is a Haar cascade face detector \[face-detection;`
	c.Load("haarcascade_russian_plate_number.xml")
	c.Load(configured + "/haarcascade_frontalface_alt.xml") // want `here it loads /haarcascade_frontalface_alt.xml, which is a Haar cascade face detector \[face-detection;`
	c.Load(configured)                                      // want `gocv.CascadeClassifier.Load loads a cascade classifier \[face-detection; .*\(possible: the model file could not be determined \(the parameter configured\), so face-detection cannot be excluded; the package has other biometric findings\)`
}
