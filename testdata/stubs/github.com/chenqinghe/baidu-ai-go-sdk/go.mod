module github.com/chenqinghe/baidu-ai-go-sdk

go 1.22
