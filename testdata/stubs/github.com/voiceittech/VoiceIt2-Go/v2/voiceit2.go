// Package voiceit2 is a stub of github.com/voiceittech/VoiceIt2-Go/v2 (the
// VoiceIt voice and face biometrics API client), which the module proxy does
// not serve at any version.
//
// Where it was read: the public repository voiceittech/VoiceIt2-Go,
// voiceit2.go at tag v2.7.2 (commit 386346ac3078196af186bcba0caa7c3c3e9962e9).
// Only the exported API that biometriclint's catalog names, and the
// non-biometric calls its tests use, is reproduced, with the real
// signatures. Bodies return zero values and nothing here calls a service.
package voiceit2

import "time"

// VoiceIt2 holds the API credentials and base URL.
type VoiceIt2 struct {
	APIKey          string
	APIToken        string
	BaseUrl         string
	NotificationUrl string
}

// NewClient returns a new VoiceIt2 client.
func NewClient(key, tok string, customUrl ...string) VoiceIt2 { return VoiceIt2{} }

// CreateUserToken creates a user token (not biometric).
func (vi VoiceIt2) CreateUserToken(userId string, timeout time.Duration) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) GetAllUsers() ([]byte, error) { return nil, nil }

func (vi VoiceIt2) CreateUser() ([]byte, error) { return nil, nil }

func (vi VoiceIt2) CreateGroup(description string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) AddUserToGroup(groupId, userId string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) GetAllVoiceEnrollments(userId string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) GetAllVideoEnrollments(userId string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) GetAllFaceEnrollments(userId string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) CreateVoiceEnrollment(userId, contentLanguage, phrase, filePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateVoiceEnrollmentByByteSlice(userId, contentLanguage, phrase, filename string, fileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateVoiceEnrollmentByUrl(userId, contentLanguage, phrase, fileUrl string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateFaceEnrollment(userId, filePath string, isPhoto ...bool) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateFaceEnrollmentByByteSlice(userId, filename string, fileData []byte, isPhoto ...bool) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateFaceEnrollmentByUrl(userId, fileUrl string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) CreateVideoEnrollment(userId, contentLanguage, phrase, filePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateVideoEnrollmentByByteSlice(userId, contentLanguage, phrase, filename string, fileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateSplitVideoEnrollment(userId, contentLanguage, phrase, audioFilePath, photoFilePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateSplitVideoEnrollmentByByteSlice(userId, contentLanguage, phrase, audioFilename, photoFilename string, audioFileData, photoFileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) CreateVideoEnrollmentByUrl(userId, contentLanguage, phrase, fileUrl string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) DeleteAllEnrollments(userId string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) VoiceVerification(userId, contentLanguage, phrase, filePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VoiceVerificationByByteSlice(userId, contentLanguage, phrase, filename string, fileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VoiceVerificationByUrl(userId, contentLanguage, phrase, fileUrl string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) FaceVerification(userId, filePath string, isPhoto ...bool) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) FaceVerificationByByteSlice(userId, filename string, fileData []byte, isPhoto ...bool) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) FaceVerificationByUrl(userId, fileUrl string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) VideoVerification(userId, contentLanguage, phrase, filePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VideoVerificationByByteSlice(userId, contentLanguage, phrase, filename string, fileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) SplitVideoVerification(userId, contentLanguage, phrase, audioFilePath, photoFilePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) SplitVideoVerificationByByteSlice(userId, contentLanguage, phrase, audioFilename, photoFilename string, audioFileData, photoFileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VideoVerificationByUrl(userId, contentLanguage, phrase, fileUrl string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VoiceIdentification(groupId, contentLanguage, phrase, filePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VoiceIdentificationByByteSlice(groupId, contentLanguage, phrase, filename string, fileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VoiceIdentificationByUrl(groupId, contentLanguage, phrase, fileUrl string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VideoIdentification(groupId, contentLanguage, phrase, filePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VideoIdentificationByByteSlice(groupId, contentLanguage, phrase, filename string, fileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) SplitVideoIdentification(groupId, contentLanguage, phrase, audioFilePath, photoFilePath string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) SplitVideoIdentificationByByteSlice(groupId, contentLanguage, phrase, audioFilename, photoFilename string, audioFileData, photoFileData []byte) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) VideoIdentificationByUrl(groupId, contentLanguage, phrase, fileUrl string) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) FaceIdentification(groupId, filePath string, isPhoto ...bool) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) FaceIdentificationByByteSlice(groupId, filename string, fileData []byte, isPhoto ...bool) ([]byte, error) {
	return nil, nil
}

func (vi VoiceIt2) FaceIdentificationByUrl(groupId, fileUrl string) ([]byte, error) { return nil, nil }

func (vi VoiceIt2) GetPhrases(contentLanguage string) ([]byte, error) { return nil, nil }
