// Package pigo detects faces with pigo, next to its grayscale helper, which
// is not biometric on its own.
package pigo

import (
	"image"

	pigo "github.com/esimov/pigo/core"
)

func Gray(img image.Image) []uint8 { return pigo.RgbToGrayscale(img) }

func Detect(cascade []byte) error {
	_, err := pigo.NewPigo().Unpack(cascade) // want `pigo\.Pigo\.Unpack .*\[face-detection;`
	return err
}
