package catalog

import "fmt"

// Category is the kind of biometric capability a finding reveals. Every
// diagnostic carries one of these as its analysis.Diagnostic.Category, and
// each one is a rule of its own in the reports (SARIF rule IDs, suppression
// directives, policy settings).
type Category string

// The fixed set of categories.
const (
	EmotionRecognition      Category = "emotion-recognition"
	FaceRecognition         Category = "face-recognition"
	BiometricCategorisation Category = "biometric-categorisation"
	FaceLiveness            Category = "face-liveness"
	FaceDetection           Category = "face-detection"
	SpeakerRecognition      Category = "speaker-recognition"
)

// CategoryInfo documents a category: what it covers and where the law speaks of it.
type CategoryInfo struct {
	Category Category
	Title    string // short noun phrase, used as the rule title
	Covers   string // what falls under it
	Legal    string // default legal reference for findings of this category
}

// Categories lists every category, most restricted first. The order is the
// order of reports and rule tables.
var Categories = []CategoryInfo{
	{EmotionRecognition, "Emotion recognition",
		"inferring emotions or intentions from faces, facial expressions or voices",
		"EU AI Act Art. 5(1)(f) (prohibited at work and in education), Annex III 1(c)"},
	{BiometricCategorisation, "Biometric categorisation",
		"inferring age, sex, ethnicity or other traits from a face",
		"EU AI Act Art. 5(1)(g) (prohibited for sensitive traits), Annex III 1(b)"},
	{FaceRecognition, "Face recognition",
		"identifying, verifying, searching or enrolling people by their faces, celebrity recognition",
		"EU AI Act Art. 5(1)(h) (real-time remote identification), Art. 5(1)(e) (face databases), Annex III 1(a)"},
	{SpeakerRecognition, "Speaker recognition",
		"identifying or verifying who is speaking from the voice",
		"EU AI Act Art. 5(1)(h), Annex III 1(a) (remote biometric identification)"},
	{FaceLiveness, "Face liveness",
		"checking that a face in front of a camera is a live person (anti-spoofing), part of biometric verification",
		"EU AI Act Art. 3(34)-(36) (biometric data, verification)"},
	{FaceDetection, "Face detection",
		"finding faces and facial landmarks in images or video, the first stage of every face system",
		"EU AI Act Art. 3(34) (biometric data); the first stage of Art. 5(1)(e)-(h) systems"},
}

// Info returns the documentation of c. It reports false for an unknown category.
func (c Category) Info() (CategoryInfo, bool) {
	for _, info := range Categories {
		if info.Category == c {
			return info, true
		}
	}
	return CategoryInfo{}, false
}

// Valid reports whether c is one of the fixed categories.
func (c Category) Valid() bool {
	_, ok := c.Info()
	return ok
}

// ParseCategory returns the category named s, or an error listing the valid names.
func ParseCategory(s string) (Category, error) {
	c := Category(s)
	if c.Valid() {
		return c, nil
	}
	return "", fmt.Errorf("unknown category %q (want one of %s)", s, categoryNames())
}

func categoryNames() string {
	s := ""
	for i, info := range Categories {
		if i > 0 {
			s += ", "
		}
		s += string(info.Category)
	}
	return s
}
