// Package font is a hermetic stub of golang.org/x/image/font: its Face is a
// font face, the look-alike that must never be reported.
package font

type Face interface{ Close() error }
