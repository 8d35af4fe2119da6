// Package tencentedu uses Tencent Cloud's classroom analysis (tci), shopper
// analytics (youmall), celebrity recognition (tiia) and identity
// verification (faceid), next to calls of the same clients that are not
// biometric.
package tencentedu

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	faceid "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/faceid/v20180301"
	tci "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tci/v20190318"
	tiia "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tiia/v20190529"
	youmall "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/youmall/v20180228"
)

func Classroom(c *tci.Client, url string) error {
	req := tci.NewSubmitImageTaskRequest()
	req.FileContent = common.StringPtr(url)
	req.Functions = &tci.ImageTaskFunction{EnableFaceExpression: common.BoolPtr(true)}
	_, err := c.SubmitImageTask(req)                                                   // want `v20190318\.Client\.SubmitImageTask .*\[emotion-recognition;`
	return err
}

func Shoppers(c *youmall.Client) error {
	if _, err := c.DescribeZoneFlowAgeInfoByZoneId(youmall.NewDescribeZoneFlowAgeInfoByZoneIdRequest()); err != nil { // want `v20180228\.Client\.DescribeZoneFlowAgeInfoByZoneId .*\[biometric-categorisation;`
		return err
	}
	_, err := c.DescribeShopInfo(youmall.NewDescribeShopInfoRequest())
	return err
}

func Celebrities(c *tiia.Client, url string) error {
	req := tiia.NewDetectCelebrityRequest()
	req.ImageUrl = common.StringPtr(url)
	if _, err := c.DetectCelebrity(req); err != nil { // want `v20190529\.Client\.DetectCelebrity .*\[face-recognition;`
		return err
	}
	labels := tiia.NewDetectLabelRequest()
	labels.ImageUrl = common.StringPtr(url)
	_, err := c.DetectLabel(labels)
	return err
}

func Verify(c *faceid.Client) error {
	_, err := c.ImageRecognition(faceid.NewImageRecognitionRequest()) // want `v20180301\.Client\.ImageRecognition .*\[face-recognition;`
	return err
}
