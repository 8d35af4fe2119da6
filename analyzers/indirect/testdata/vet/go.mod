module example.com/vet

go 1.26.0

require github.com/aws/aws-sdk-go-v2/service/rekognition v1.0.0

replace github.com/aws/aws-sdk-go-v2/service/rekognition => ./sdk
