package acmevision

// Enrol registers a person's face from a user's code: calls of a vendor's
// client are reported where the program uses them.
func Enrol(c *Client, photo []byte) {
	c.CompareFaces(photo, photo) // want `c.CompareFaces may be face recognition outside the catalog; evidence: name: faces\+compare; modality: media input`
}
