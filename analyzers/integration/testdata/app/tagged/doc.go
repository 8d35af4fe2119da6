// Package tagged calls Rekognition only in builds with the biometrics tag.
package tagged
