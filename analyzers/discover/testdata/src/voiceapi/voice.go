// Package voiceapi calls a voice biometrics service.
package voiceapi

import (
	"bytes"
	"net/http"
	"os"
)

const baseURL = "https://api.voicebio.example/v2" // want `"https://api.voicebio.example/v2" may be speaker recognition outside the catalog; evidence: url: joined with voice\+verification paths`

// VoiceVerification checks that a recording is the enrolled speaker's.
func VoiceVerification(userID, audioPath string) error { // want `func VoiceVerification may be speaker recognition outside the catalog; evidence: name: voice\+verification; modality: media input; url: voice\+verification`
	data, err := os.ReadFile(audioPath)
	if err != nil {
		return err
	}
	_, err = http.Post(baseURL+"/verification/voice?user="+userID, "audio/wav", bytes.NewReader(data)) // want `"https://api.voicebio.example/v2/verification/voice\?user=…" may be speaker recognition`
	return err
}

// SpeakerEmbedding is a voiceprint of one speaker.
type SpeakerEmbedding []float32 // want `type SpeakerEmbedding may be speaker recognition outside the catalog; evidence: name: speaker\+embedding \(strong\)`

// NewSpeakerEmbeddingExtractor loads the model that computes speaker embeddings.
func NewSpeakerEmbeddingExtractor(model string) (*SpeakerEmbedding, error) { // want `func NewSpeakerEmbeddingExtractor may be speaker recognition outside the catalog; evidence: name: speaker\+embedding \(strong\)`
	_ = "models/3dspeaker_speech_eres2net_sv_en_voxceleb_16k.onnx"
	return nil, nil
}
