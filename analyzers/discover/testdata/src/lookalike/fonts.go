// Package lookalike holds code that looks biometric and is not: every
// file must stay silent.
package lookalike

import (
	"image"
	"image/draw"
	"os"
)

// FontFace is a typeface at a size: the font sense of "face".
type FontFace struct {
	Name  string
	Size  float64
	Glyph map[rune]image.Image
}

// LoadFontFace reads a TrueType font face from a file.
func LoadFontFace(fontFile string, size float64) (*FontFace, error) {
	data, err := os.ReadFile(fontFile)
	if err != nil {
		return nil, err
	}
	_ = data
	return &FontFace{Name: fontFile, Size: size}, nil
}

// MatchFontFace finds the installed face closest to a family name.
func MatchFontFace(family string, faces []FontFace) *FontFace {
	for i := range faces {
		if faces[i].Name == family {
			return &faces[i]
		}
	}
	return nil
}

// DrawText draws with a typeface on a surface.
func DrawText(surface draw.Image, typeface *FontFace, text string) {}

// Surface is not a face either, nor is an interface or a preface.
type Surface interface{ Bounds() image.Rectangle }

var preface = "Preface: this interface compares surfaces."

// ShapedFace is a face of a text shaper: only its fields' types say font
// (a typesetting library's OpenType features and variations).
type ShapedFace struct {
	Source     *FontFace
	Size       float64
	features   []FontFeature
	variations []FontVariation
}

// FontFeature is an OpenType feature tag and its value.
type FontFeature struct {
	Tag   uint32
	Value uint32
}

// FontVariation is a variable font's axis and its value.
type FontVariation struct {
	Tag   uint32
	Value float32
}
