// Package rekognitiontypes reads the results of Rekognition face search
// through their types, next to label results, which are not biometric.
package rekognitiontypes

import "github.com/aws/aws-sdk-go-v2/service/rekognition/types"

func Best(matches []types.FaceMatch, labels []types.Label) (string, int) { // want `types\.FaceMatch holds a face that matched .*\[face-recognition;`
	if len(matches) == 0 {
		return "", len(labels)
	}
	return *matches[0].Face.FaceId, len(labels)
}

// Without an act in the package, the types are one finding: UserMatch is
// supporting evidence of FaceMatch above.
func Users(m []types.UserMatch) int { return len(m) }
