// Package alibabavcs searches surveillance video by face through Alibaba
// Cloud vcs and compares faces through cloudauth, next to device listing,
// which is not biometric.
package alibabavcs

import (
	"github.com/aliyun/alibaba-cloud-sdk-go/services/cloudauth"
	"github.com/aliyun/alibaba-cloud-sdk-go/services/vcs"
)

func Search(c *vcs.Client, corp string) error {
	req := vcs.CreateSearchFaceRequest()
	req.CorpId = corp
	if _, err := c.SearchFace(req); err != nil { // want `vcs\.Client\.SearchFace .*\[face-recognition;`
		return err
	}
	_, err := c.DescribeDevices(vcs.CreateDescribeDevicesRequest())
	return err
}

func Compare(c *cloudauth.Client) error {
	_, err := c.CompareFaces(cloudauth.CreateCompareFacesRequest()) // want `cloudauth\.Client\.CompareFaces .*\[face-recognition;`
	return err
}
