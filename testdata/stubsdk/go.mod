module example.com/stubsdk

go 1.26.0

require (
	github.com/chenqinghe/baidu-ai-go-sdk v0.3.2-alpha
	github.com/dhia-gharsallaoui/go-onfido v0.0.0-20240916173011-5c554a650181
	github.com/leandroveronezi/go-onnxface v0.3.0
	github.com/shiguanghuxian/face-golang-sdk v0.0.0-00010101000000-1e35506e8654
	github.com/voiceittech/VoiceIt2-Go/v2 v2.7.2
	github.com/wallester/go-onfido-openapi v0.0.0-20260205061756-67ef914f5fe4
)

replace (
	github.com/chenqinghe/baidu-ai-go-sdk => ../stubs/github.com/chenqinghe/baidu-ai-go-sdk
	github.com/dhia-gharsallaoui/go-onfido => ../stubs/github.com/dhia-gharsallaoui/go-onfido
	github.com/leandroveronezi/go-onnxface => ../stubs/github.com/leandroveronezi/go-onnxface
	github.com/shiguanghuxian/face-golang-sdk => ../stubs/github.com/shiguanghuxian/face-golang-sdk
	github.com/voiceittech/VoiceIt2-Go/v2 => ../stubs/github.com/voiceittech/VoiceIt2-Go/v2
	github.com/wallester/go-onfido-openapi => ../stubs/github.com/wallester/go-onfido-openapi
)
