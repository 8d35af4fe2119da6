// Package tencent asks Tencent Cloud iai for face attributes.
package tencent

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	iai "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303"
)

func Attributes(c *iai.Client, url string) {
	req := iai.NewDetectFaceAttributesRequest()
	req.Url = common.StringPtr(url)
	req.FaceAttributesType = common.StringPtr("Age,Emotion")
	c.DetectFaceAttributes(req) // want `v20200303.Client.DetectFaceAttributes .*; here it requests FaceAttributesType=Age,Emotion \[emotion-recognition;`

	masks := iai.NewDetectFaceAttributesRequest()
	masks.FaceAttributesType = common.StringPtr("Mask,Hat")
	c.DetectFaceAttributes(masks) // want `v20200303.Client.DetectFaceAttributes .*\[face-detection;`
}

func Detect(c *iai.Client, url string) {
	req := iai.NewDetectFaceRequest()
	req.Url = common.StringPtr(url)
	req.NeedFaceAttributes = common.Uint64Ptr(1)
	c.DetectFace(req) // want `v20200303.Client.DetectFace .*; here it requests NeedFaceAttributes=1 \[biometric-categorisation;`

	plain := iai.NewDetectFaceRequest()
	plain.Url = common.StringPtr(url)
	c.DetectFace(plain) // want `v20200303.Client.DetectFace detects faces .*\[face-detection;`
}
