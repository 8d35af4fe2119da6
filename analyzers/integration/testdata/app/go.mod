module example.com/app

go 1.26.0

require (
	github.com/aws/aws-sdk-go-v2/service/rekognition v1.51.26
	github.com/aws/aws-sdk-go-v2/service/voiceid v1.22.3
)

replace (
	github.com/aws/aws-sdk-go-v2/service/rekognition => ../stubs/rekognition
	github.com/aws/aws-sdk-go-v2/service/voiceid => ../stubs/voiceid
)
