package lookalike

// Emotion in text is sentiment analysis, not emotion recognition.
type Emotion struct {
	Joy, Anger, Sadness float64
}

// DetectEmotion scores the emotions of a text.
func DetectEmotion(text string) Emotion { return Emotion{} }

// ExpressionEvaluator evaluates a code expression.
func ExpressionEvaluator(expression string) (float64, error) { return 0, nil }

// AnalyzeSentiment scores a product review.
func AnalyzeSentiment(review string) float64 { return 0 }

// VoiceSettings are the settings of a synthesized voice.
type VoiceSettings struct {
	Stability       float64
	SimilarityBoost float64
	Style           float64
}

// SynthesizeWithEmotion speaks a text with an emotion (speech synthesis).
func SynthesizeWithEmotion(text, voiceID, emotion string) ([]byte, error) { return nil, nil }

// TTSVoiceEmotion is the emotion a TTS voice speaks with.
type TTSVoiceEmotion string

const speakURL = "https://api.tts.example/v1/text-to-speech/voice/emotion"
