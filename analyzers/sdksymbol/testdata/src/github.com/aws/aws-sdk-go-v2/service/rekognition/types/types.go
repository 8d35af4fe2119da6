// Package types is a hermetic stub of the AWS SDK for Go v2 package of the
// same import path, reduced to what the unit tests need.
package types

type Attribute string

const (
	AttributeDefault  Attribute = "DEFAULT"
	AttributeAll      Attribute = "ALL"
	AttributeEmotions Attribute = "EMOTIONS"
	AttributeGender   Attribute = "GENDER"
)

type EmotionName string

const EmotionNameHappy EmotionName = "HAPPY"

type Emotion struct {
	Confidence *float32
	Type       EmotionName
}

type AgeRange struct{ High, Low *int32 }

type FaceDetail struct {
	AgeRange  *AgeRange
	Emotions  []Emotion
	Landmarks []string
}

const AttributeAgeRange Attribute = "AGE_RANGE"
