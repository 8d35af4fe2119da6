module github.com/alibabacloud-go/facebody-20191230/v3

go 1.22
