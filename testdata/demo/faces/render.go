package faces

import (
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
)

// Label is the font face for captions: a font, not a person.
var Label font.Face = basicfont.Face7x13
