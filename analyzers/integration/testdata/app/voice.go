package app

// Importing Voice ID is a finding by itself.
import _ "github.com/aws/aws-sdk-go-v2/service/voiceid"
