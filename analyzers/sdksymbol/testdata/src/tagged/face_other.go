//go:build biometrics

package tagged

import (
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

var mood = types.EmotionNameHappy // want `types.EmotionNameHappy .*\(resolved from the file's imports, in a file excluded by the build: //go:build biometrics\)`

var plain = types.AttributeDefault
