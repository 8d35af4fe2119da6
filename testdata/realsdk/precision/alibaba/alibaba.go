// Package alibaba uses Alibaba Cloud facebody through the classic SDK.
package alibaba

import (
	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"
	"github.com/aliyun/alibaba-cloud-sdk-go/services/facebody"
)

func Recognize(c *facebody.Client, url string) {
	req := facebody.CreateRecognizeFaceRequest()
	req.ImageURL = url
	req.Expression = requests.NewBoolean(true)
	c.RecognizeFace(req) // want `facebody.Client.RecognizeFace .*; here it requests Expression=true \[emotion-recognition;`

	masks := facebody.CreateRecognizeFaceRequest()
	masks.ImageURL = url
	masks.Mask = requests.NewBoolean(true)
	c.RecognizeFace(masks) // want `facebody.Client.RecognizeFace reads .*\[face-detection;`
}

func Expressions(c *facebody.Client) {
	c.RecognizeExpression(facebody.CreateRecognizeExpressionRequest()) // want `facebody.Client.RecognizeExpression reads the facial expressions .*\[emotion-recognition;`
}
