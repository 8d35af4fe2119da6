// Package broken does not compile: pigo is not in this GOPATH (a missing
// module) and there is a type error. The import is reported all the same.
package broken

import pigo "github.com/esimov/pigo/core" // want `Pigo face detection: import "github.com/esimov/pigo/core"`

var _ int = "type error"

var _ = pigo.NewPigo
