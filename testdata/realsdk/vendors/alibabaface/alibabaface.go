// Package alibabaface enrols faces with three Alibaba Cloud products
// (Intelligent Vision, Multimedia AI and LinkFace), next to calls of the same
// clients that are not biometric (image prediction, templates, licences).
package alibabaface

import (
	"github.com/aliyun/alibaba-cloud-sdk-go/services/ivision"
	"github.com/aliyun/alibaba-cloud-sdk-go/services/linkface"
	"github.com/aliyun/alibaba-cloud-sdk-go/services/multimediaai"
)

// IVision creates a face group, then runs a generic image prediction.
func IVision(c *ivision.Client) error {
	g := ivision.CreateCreateFaceGroupRequest()
	g.Name = "staff"
	if _, err := c.CreateFaceGroup(g); err != nil { // want `ivision\.Client\.CreateFaceGroup creates a face group for enrolment and search \[face-recognition;`
		return err
	}
	p := ivision.CreateImagePredictRequest()
	p.ModelId = "model-1"
	_, err := c.ImagePredict(p)
	return err
}

// MultimediaAI creates a face group, then reads a video template.
func MultimediaAI(c *multimediaai.Client) error {
	if _, err := c.CreateFaceGroup(multimediaai.CreateCreateFaceGroupRequest()); err != nil { // want `multimediaai\.Client\.CreateFaceGroup creates a face group .*\[face-recognition;`
		return err
	}
	_, err := c.GetTemplate(multimediaai.CreateGetTemplateRequest())
	return err
}

// LinkFace enrols a face on a device group, then reads the licences.
func LinkFace(c *linkface.Client) error {
	r := linkface.CreateRegisterFaceRequest()
	r.GroupId = "door"
	if _, err := c.RegisterFace(r); err != nil { // want `linkface\.Client\.RegisterFace enrols a face \[face-recognition;`
		return err
	}
	_, err := c.QueryLicenses(linkface.CreateQueryLicensesRequest())
	return err
}
