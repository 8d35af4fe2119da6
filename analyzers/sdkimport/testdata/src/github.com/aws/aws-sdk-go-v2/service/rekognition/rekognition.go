// Package rekognition is a hermetic stub of the AWS SDK for Go v2 package of
// the same import path: a multi-purpose package, never reported on import.
package rekognition

type Client struct{}
