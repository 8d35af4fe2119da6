// Package loader loads a cascade the caller names: nothing shows what it
// detects, so it has no capability and its callers no finding.
package loader

import "gocv.io/x/gocv"

func Cascade(name string) gocv.CascadeClassifier {
	c := gocv.NewCascadeClassifier()
	c.Load(name)
	return c
}
