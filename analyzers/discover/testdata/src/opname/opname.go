// Package opname calls a service whose operations plain strings name,
// without a dot or a slash: the scanner reads them all the same, though
// strconst.Folder.Named leaves them out.
package opname

import "image"

// Send posts an image to the named operation.
func Send(op string, img image.Image) error { return nil }

// Compare sends an image to compare.
func Compare(a image.Image) error {
	return Send("compareFaces", a) // want `Uncatalogued vendor or library: "compareFaces" may be face recognition outside the catalog; evidence: url: faces\+compare; modality: media input`
}

// Check sends an image to verify.
func Check(a image.Image) error {
	return Send("face_verify", a) // want `Uncatalogued vendor or library: "face_verify" may be face recognition outside the catalog; evidence: url: face\+verify; modality: media input`
}
