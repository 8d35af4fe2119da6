// Command faces is a test program for biometriclint binary: it links
// Rekognition's DetectFaces and CompareFaces, pigo, a Face++ endpoint and
// two face model files, one of them embedded. It is built, never run.
package main

import (
	"context"
	"embed"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	pigo "github.com/esimov/pigo/core"
)

//go:embed models
var models embed.FS

const faceppDetect = "https://api-us.faceplusplus.com/facepp/v3/detect"

func main() {
	ctx := context.Background()
	c := rekognition.New(rekognition.Options{Region: "eu-west-1"})
	img := &types.Image{Bytes: []byte(os.Args[1])}
	out, err := c.DetectFaces(ctx, &rekognition.DetectFacesInput{Image: img, Attributes: []types.Attribute{types.AttributeAll}})
	if err == nil {
		fmt.Println(len(out.FaceDetails))
	}
	cmp, err := c.CompareFaces(ctx, &rekognition.CompareFacesInput{SourceImage: img, TargetImage: img, SimilarityThreshold: aws.Float32(90)})
	if err == nil {
		fmt.Println(len(cmp.FaceMatches))
	}
	resp, err := http.Post(faceppDetect, "application/x-www-form-urlencoded", strings.NewReader("return_attributes=emotion"))
	if err == nil {
		resp.Body.Close()
	}
	cascade, err := os.ReadFile("cascade/facefinder")
	if err != nil {
		return
	}
	p, err := pigo.NewPigo().Unpack(cascade)
	if err == nil {
		fmt.Println(p != nil)
	}
	data, _ := models.ReadFile("models/face_detection_yunet_2023mar.onnx")
	fmt.Println(len(data))
}
