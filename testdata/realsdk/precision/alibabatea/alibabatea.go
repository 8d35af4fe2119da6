// Package alibabatea uses Alibaba Cloud facebody through the tea-style SDK.
package alibabatea

import (
	facebody "github.com/alibabacloud-go/facebody-20191230/v5/client"
	"github.com/alibabacloud-go/tea/tea"
)

func Recognize(c *facebody.Client, url string, expression *bool) {
	c.RecognizeFace(&facebody.RecognizeFaceRequest{ImageURL: tea.String(url), Gender: tea.Bool(true)}) // want `client.Client.RecognizeFace .*; here it requests Gender=true \[biometric-categorisation;`
	c.RecognizeFace(&facebody.RecognizeFaceRequest{ImageURL: tea.String(url), Expression: expression}) // want `\[emotion-recognition; .*\(undetermined: Expression could not be determined \(the parameter expression\), so emotion-recognition cannot be excluded\)`
}
