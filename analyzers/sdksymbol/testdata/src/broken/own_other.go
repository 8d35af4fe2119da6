//go:build never

package broken

var det = &detector{}
