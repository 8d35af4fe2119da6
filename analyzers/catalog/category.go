package catalog

import (
	"fmt"
	"strings"
)

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
	Legal    string // default legal reference for findings of this category, short
	Law      string // what the law says of it, for documentation
}

// Categories lists every category, most restricted first. The order is the
// order of reports and rule tables.
var Categories = []CategoryInfo{
	{EmotionRecognition, "Emotion recognition",
		"inferring emotions or intentions from faces, facial expressions or voices",
		"EU AI Act Art. 5(1)(f), Annex III 1(c)",
		"Prohibited in the workplace and in education, except for medical or safety reasons (Art. 5(1)(f)); high-risk elsewhere (Annex III 1(c))."},
	{BiometricCategorisation, "Biometric categorisation",
		"inferring age, sex, ethnicity or other traits from a face",
		"EU AI Act Art. 5(1)(g), Annex III 1(b)",
		"Prohibited when it deduces race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation (Art. 5(1)(g)); high-risk elsewhere (Annex III 1(b))."},
	{FaceRecognition, "Face recognition",
		"identifying, verifying, searching or enrolling people by their faces, celebrity recognition",
		"EU AI Act Art. 5(1)(e), 5(1)(h), Annex III 1(a)",
		"Untargeted scraping of facial images to build face databases is prohibited (Art. 5(1)(e)); real-time remote biometric identification in public spaces for law enforcement is prohibited with narrow exceptions (Art. 5(1)(h)); remote biometric identification is high-risk (Annex III 1(a))."},
	{SpeakerRecognition, "Speaker recognition",
		"identifying or verifying who is speaking from the voice",
		"EU AI Act Art. 5(1)(h), Annex III 1(a)",
		"Remote biometric identification by voice falls under Art. 5(1)(h) and Annex III 1(a) like faces."},
	{FaceLiveness, "Face liveness",
		"checking that a face in front of a camera is a live person (anti-spoofing), part of biometric verification",
		"EU AI Act Art. 3(34), 3(36)",
		"Processes biometric data (Art. 3(34)) for biometric verification (Art. 3(36))."},
	{FaceDetection, "Face detection",
		"finding faces and facial landmarks in images or video, the first stage of every face system",
		"EU AI Act Art. 3(34)",
		"Processes biometric data (Art. 3(34)); the first stage of every system of Art. 5(1)(e)-(h)."},
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

// Rank orders categories from the most restricted (0, emotion
// recognition) to the least, as Categories lists them; an unknown
// category ranks after every known one.
func (c Category) Rank() int {
	for i, info := range Categories {
		if info.Category == c {
			return i
		}
	}
	return len(Categories)
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
	names := make([]string, len(Categories))
	for i, info := range Categories {
		names[i] = string(info.Category)
	}
	return strings.Join(names, ", ")
}

// MostRestricted returns the category of cs that comes first in
// Categories, or "" when cs holds none of them: the one implementation of
// "the most restricted category wins".
func MostRestricted(cs ...Category) Category {
	var best Category
	for _, c := range cs {
		if r := c.Rank(); r < len(Categories) && (best == "" || r < best.Rank()) {
			best = c
		}
	}
	return best
}
