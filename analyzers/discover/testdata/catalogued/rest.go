package known

import (
	"bytes"
	"net/http"
)

// VerifyFace calls Luxand's catalogued face verification endpoint.
func VerifyFace(photo []byte) error {
	_, err := http.Post("https://api.luxand.cloud/photo/verify/123", "image/jpeg", bytes.NewReader(photo))
	return err
}

// CompareFaces calls a self-hosted server the catalog does not name: reported.
func CompareFaces(img1, img2 []byte) error {
	_, err := http.Post("http://localhost:5000/face/verify", "application/json", nil)
	return err
}
