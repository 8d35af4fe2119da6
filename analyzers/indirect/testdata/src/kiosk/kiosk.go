// Package kiosk calls the wrappers from another package: each call is one
// finding, with the refined category and the certainty of the SDK call.
package kiosk

import (
	rk "github.com/aws/aws-sdk-go-v2/service/rekognition"

	"loader"
	"moods"
)

func use(c *rk.Client) { // want use:"emotion-recognition via kiosk.use -> moods.All -> rekognition.Client.DetectFaces"
	moods.All(c)        // want `moods.All performs emotion recognition via rekognition.Client.DetectFaces, .*; here it requests Attributes=ALL \[emotion-recognition; .*\] \(indirect use, 1 step down to the SDK\)$`
	moods.Asked(c, nil) // want `moods.Asked performs emotion recognition via rekognition.Client.DetectFaces, .* \(undetermined: Attributes could not be determined \(the parameter attrs\), so emotion-recognition cannot be excluded; indirect use, 1 step down to the SDK\)$`
	loader.Cascade("cascade.xml")
}
