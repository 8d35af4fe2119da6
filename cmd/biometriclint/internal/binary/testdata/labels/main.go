// Command labels links Rekognition only for DetectLabels and DetectText,
// which are not biometric: biometriclint binary stays silent on it.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

func main() {
	ctx := context.Background()
	c := rekognition.New(rekognition.Options{Region: "eu-west-1"})
	img := &types.Image{Bytes: []byte(os.Args[1])}
	if out, err := c.DetectLabels(ctx, &rekognition.DetectLabelsInput{Image: img}); err == nil {
		fmt.Println(len(out.Labels))
	}
	if out, err := c.DetectText(ctx, &rekognition.DetectTextInput{Image: img}); err == nil {
		fmt.Println(len(out.TextDetections))
	}
}
