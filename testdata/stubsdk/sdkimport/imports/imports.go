// Package imports imports the stubbed community SDKs: their face packages
// are dedicated, so the import alone is a finding; the Baidu client's
// vision package (images) is not biometric and stays silent.
package imports

import (
	_ "github.com/chenqinghe/baidu-ai-go-sdk/vision"
	_ "github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v2" // want `import "github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v2" detects, analyses, identifies and verifies faces .*\[face-recognition;`
	_ "github.com/leandroveronezi/go-onnxface/seetaface6"    // want `import "github.com/leandroveronezi/go-onnxface/seetaface6" tells live faces .*\[face-liveness;`
	_ "github.com/shiguanghuxian/face-golang-sdk"            // want `import "github.com/shiguanghuxian/face-golang-sdk" detects, analyses, compares and searches faces .*\[face-recognition;`
	_ "github.com/voiceittech/VoiceIt2-Go/v2"                // want `import "github.com/voiceittech/VoiceIt2-Go/v2" enrols, verifies and identifies people by their voice and face \(VoiceIt\) \[speaker-recognition;`
)
