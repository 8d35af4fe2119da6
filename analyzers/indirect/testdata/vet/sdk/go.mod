module github.com/aws/aws-sdk-go-v2/service/rekognition

go 1.26.0
