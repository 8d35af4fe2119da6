// Package googlevideo asks Google Video Intelligence for celebrity
// recognition and face detection, next to label detection, which is not
// biometric.
package googlevideo

import (
	v1 "cloud.google.com/go/videointelligence/apiv1/videointelligencepb"
	beta "cloud.google.com/go/videointelligence/apiv1p3beta1/videointelligencepb"
)

func Requests(uri string) (*v1.AnnotateVideoRequest, *beta.AnnotateVideoRequest) {
	faces := &v1.AnnotateVideoRequest{InputUri: uri, Features: []v1.Feature{v1.Feature_FACE_DETECTION}}
	labels := &v1.AnnotateVideoRequest{InputUri: uri, Features: []v1.Feature{v1.Feature_LABEL_DETECTION}}
	_ = labels
	return faces, &beta.AnnotateVideoRequest{InputUri: uri, Features: []beta.Feature{beta.Feature_CELEBRITY_RECOGNITION}} // want `videointelligencepb\.Feature_CELEBRITY_RECOGNITION .*\[face-recognition;`
}
