module github.com/leandroveronezi/go-onnxface

go 1.22
