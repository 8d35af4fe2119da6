module github.com/shiguanghuxian/face-golang-sdk

go 1.22
