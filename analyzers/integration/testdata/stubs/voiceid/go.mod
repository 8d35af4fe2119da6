module github.com/aws/aws-sdk-go-v2/service/voiceid

go 1.26.0
