module github.com/voiceittech/VoiceIt2-Go/v2

go 1.12
