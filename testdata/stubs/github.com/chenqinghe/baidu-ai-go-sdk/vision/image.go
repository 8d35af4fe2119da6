// Package vision is a stub of github.com/chenqinghe/baidu-ai-go-sdk/vision,
// read from vision/image.go at commit
// 10078b652b8cc7b02977718b2130f0d1b63e88cc of the public repository
// chenqinghe/baidu-ai-go-sdk (see the root package). Signatures only.
package vision

import "io"

// Image is an image to send to an API.
type Image struct {
	Reader io.Reader
	Url    string
	Size   *Size
}

// Size is an image's size.
type Size struct {
	Height int
	Width  int
}

// FromFile reads an image file.
func FromFile(file string) (*Image, error) { return &Image{}, nil }

// MustFromFile reads an image file, panicking on error.
func MustFromFile(file string) *Image { return &Image{} }

// FromBytes wraps encoded image bytes.
func FromBytes(bts []byte) (*Image, error) { return &Image{}, nil }

// FromUrl refers to an image by URL.
func FromUrl(link string) (*Image, error) { return &Image{}, nil }
