// Package machinebox identifies people in images with Facebox and in
// videos with Videobox, next to calls of the same SDK that are not
// biometric.
package machinebox

import (
	"io"

	"github.com/machinebox/sdk-go/videobox"
)

func Video(c *videobox.Client, r io.Reader) error {
	opts := videobox.NewCheckOptions()
	opts.SkipFrames(10)
	opts.FaceboxThreshold(0.6) // want `videobox\.CheckOptions\.FaceboxThreshold .*\[face-recognition;`
	_, err := c.Check(r, opts)
	return err
}
