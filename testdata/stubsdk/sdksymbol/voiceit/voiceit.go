// Package voiceit verifies and identifies people by voice and face with the
// VoiceIt API client; creating users and reading the phrase list are not
// biometric and stay silent.
package voiceit

import voiceit2 "github.com/voiceittech/VoiceIt2-Go/v2"

// Login verifies a user by their voice, then identifies them by face among
// a group.
func Login(vi voiceit2.VoiceIt2, user, group string, wav []byte) error {
	if _, err := vi.VoiceVerificationByByteSlice(user, "en-US", "never forget tomorrow is a new day", "login.wav", wav); err != nil { // want `voiceit2\.VoiceIt2\.VoiceVerificationByByteSlice verifies a user by voice against their enrolment \(1:1\) \[speaker-recognition;`
		return err
	}
	_, err := vi.FaceIdentificationByUrl(group, "https://example.com/door.jpg") // want `voiceit2\.VoiceIt2\.FaceIdentificationByUrl identifies a user in a group by face \(1:N\) \[face-recognition;`
	return err
}

// Enrol records a voiceprint.
func Enrol(vi voiceit2.VoiceIt2, user, path string) error {
	_, err := vi.CreateVoiceEnrollment(user, "en-US", "never forget tomorrow is a new day", path) // want `voiceit2\.VoiceIt2\.CreateVoiceEnrollment enrols a user's voice for biometric verification \[speaker-recognition;`
	return err
}

// Setup is the look-alike: account calls of the same client.
func Setup(key, token string) error {
	vi := voiceit2.NewClient(key, token)
	if _, err := vi.CreateUser(); err != nil {
		return err
	}
	_, err := vi.GetPhrases("en-US")
	return err
}
