module example.com/app

go 1.26

require (
	github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e
	github.com/aws/aws-sdk-go v1.55.8
	github.com/aws/aws-sdk-go-v2 v1.36.3
	github.com/huaweicloud/huaweicloud-sdk-go-v3 v0.1.207
	gocv.io/x/gocv v0.41.0
)

require github.com/esimov/pigo v1.4.6 // indirect

replace (
	github.com/Kagami/go-face => ./stubs/go-face
	github.com/aws/aws-sdk-go => ./stubs/aws-sdk-go
	github.com/aws/aws-sdk-go-v2 => ./stubs/aws-sdk-go-v2
	github.com/esimov/pigo => ./stubs/pigo
	github.com/huaweicloud/huaweicloud-sdk-go-v3 => ./stubs/huaweicloud-sdk-go-v3
	gocv.io/x/gocv => ./stubs/gocv
)
