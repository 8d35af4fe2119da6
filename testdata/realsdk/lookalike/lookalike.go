// Package lookalike is full of faces that are not people's.
package lookalike

import (
	"regexp"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
)

type Face struct{ Vertices [3]int }

func (Face) DetectFaces() int { return 0 }

func Fonts() font.Face { return basicfont.Face7x13 }

var expression = regexp.MustCompile(`smile|anger`)

func Mesh(fs []Face) int { return len(fs) + Face{}.DetectFaces() + len(expression.String()) }
