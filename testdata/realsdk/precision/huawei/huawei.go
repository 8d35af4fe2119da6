// Package huawei asks Huawei Cloud FRS for face attributes by code.
package huawei

import (
	frs "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2/model"
)

func Detect(c *frs.FrsClient, img string) {
	attrs := "1,2,13"
	c.DetectFaceByBase64(&model.DetectFaceByBase64Request{Body: &model.FaceDetectBase64Req{ImageBase64: img, Attributes: &attrs}}) // want `v2.FrsClient.DetectFaceByBase64 .*; here it requests Body.Attributes=1,2,13 \[emotion-recognition;`

	dress := "4,6"
	req := &model.DetectFaceByUrlRequest{}
	req.Body = &model.FaceDetectUrlReq{ImageUrl: img, Attributes: &dress}
	c.DetectFaceByUrl(req) // want `v2.FrsClient.DetectFaceByUrl detects faces .*\[face-detection;`
}

func Given(c *frs.FrsClient, req *model.DetectFaceByBase64Request) {
	c.DetectFaceByBase64(req) // want `\(undetermined: Body.Attributes could not be determined \(req.Body\), so emotion-recognition cannot be excluded\)`
}
