package discover

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// words splits names into lower-case words: camelCase and acronyms
// (ASFDetectFaces: asf, detect, faces), snake_case, kebab-case, dots,
// slashes and digits all separate words. A word glued to "face"
// (facecompare, seetaface, facedet) is split around it unless it is one
// of the words that merely contain "face" (interface, surface, typeface,
// facebook, ...).
func words(names ...string) []string {
	if len(names) == 1 {
		return nameWords(names[0])
	}
	var out []string
	for _, name := range names {
		out = append(out, nameWords(name)...)
	}
	return out
}

// cache memoizes the words of names, which code (generated code most)
// repeats; it is emptied when it grows large. Callers must not modify the
// slices it returns (append to them makes a copy: they are clipped).
var cache struct {
	sync.Mutex
	m map[string][]string
}

func nameWords(name string) []string {
	cache.Lock()
	ws, ok := cache.m[name]
	cache.Unlock()
	if ok {
		return ws
	}
	for _, w := range splitName(name) {
		ws = append(ws, unglue(w)...)
	}
	ws = slices.Clip(ws)
	cache.Lock()
	if cache.m == nil || len(cache.m) >= 1<<16 {
		cache.m = make(map[string][]string, 1024)
	}
	cache.m[name] = ws
	cache.Unlock()
	return ws
}

func splitName(s string) []string {
	var out []string
	rs := []rune(s)
	start := -1
	flush := func(i int) {
		if start >= 0 && i > start {
			out = append(out, strings.ToLower(string(rs[start:i])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsDigit(r) != unicode.IsDigit(prev):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return out
}

// notFace are words that contain "face" without meaning a human face.
var notFace = map[string]bool{
	"interface": true, "interfaces": true, "surface": true, "surfaces": true,
	"typeface": true, "typefaces": true, "preface": true, "prefaces": true,
	"facebook": true, "facet": true, "facets": true, "faceted": true,
	"faceit": true, "fontface": true, "backface": true, "frontface": true,
	"clockface": true, "cubeface": true, "efface": true, "boldface": true,
	"eface": true, "efaces": true,
	"iface": true, "ifaces": true, "netface": true, "macface": true,
	"facetime": true, "whiteface": true, "redface": true, "blackface": true,
}

// faceIndex returns the index of the first "face" in w that is not part
// of a word that merely contains it (superinterface, ipv6interfacelocal,
// myfacebook), or -1.
func faceIndex(w string) int {
	for off := 0; ; {
		i := strings.Index(w[off:], "face")
		if i < 0 {
			return -1
		}
		i += off
		if !inNotFace(w, i) {
			return i
		}
		off = i + len("face")
	}
}

// inNotFace reports whether the "face" at w[i:] is part of a word that
// merely contains it, glued to others: superinterface, mysurfaces,
// facebookpage. Only words long enough to say so count: "preface" is in
// "compreface", "iface" in many a name.
func inNotFace(w string, i int) bool {
	for _, nf := range gluedNotFace {
		j := strings.Index(nf, "face")
		if i >= j && strings.HasPrefix(w[i-j:], nf) {
			return true
		}
	}
	return false
}

// gluedNotFace are the words of notFace that inNotFace finds glued.
var gluedNotFace = []string{"interface", "surface", "typeface", "fontface", "boldface", "backface", "frontface", "clockface", "cubeface", "facebook", "facetime"}

// unglue splits a word around an embedded "face".
func unglue(w string) []string {
	if w == "face" || w == "faces" || w == "facial" || notFace[w] || strongWords[w] != "" {
		return []string{w}
	}
	i := faceIndex(w)
	if i < 0 {
		return []string{w}
	}
	var out []string
	if i > 0 {
		// a vendor's prefix (findface, deepface, compreface) names no
		// operation: it is kept apart from the operation words
		out = append(out, "_"+w[:i])
	}
	out = append(out, "face")
	rest := strings.TrimPrefix(w[i+4:], "s")
	if rest != "" {
		out = append(out, unglue(rest)...)
	}
	return out
}

// Vocabulary. A face word with an operation word names a face operation;
// an emotion word with a face or a medium names emotion recognition;
// age with gender names categorisation; a speaker word with a speaker
// operation names speaker recognition. Strong words name a biometric
// model family by themselves.
var (
	faceWords = set("face", "faces", "facial")
	faceOps   = map[string]catalog.Category{
		"compare": recognition, "comparison": recognition, "compared": recognition,
		"verify": recognition, "verification": recognition, "verified": recognition,
		"match": recognition, "matching": recognition, "matcher": recognition, "matches": recognition,
		"search": recognition, "identify": recognition, "identification": recognition,
		"enrol": recognition, "enroll": recognition, "enrolment": recognition, "enrollment": recognition,
		"enrollments": recognition, "enrolments": recognition,
		"embedding": recognition, "embeddings": recognition, "feature": recognition, "features": recognition,
		"recognize": recognition, "recognise": recognition, "recognition": recognition,
		"recognizer": recognition, "recogniser": recognition, "rec": recognition,
		"similarity": recognition, "descriptor": recognition, "descriptors": recognition,
		"detect": detection, "detection": detection, "detections": detection, "detector": detection,
		"det": detection, "landmark": detection, "landmarks": detection,
		"liveness": liveness, "antispoof": liveness, "antispoofing": liveness, "spoof": liveness,
		"spoofing":  liveness,
		"attribute": categorisation, "attributes": categorisation,
		"age": categorisation, "gender": categorisation, "ethnicity": categorisation,
		"grouping": recognition, "groupings": recognition, "cluster": recognition,
		"clusters": recognition, "clustering": recognition,
		"extract": recognition, "extraction": recognition, "extractor": recognition,
	}
	// specific pairs name a biometric operation whatever else surrounds them
	specificFace    = set("recognition", "recognizer", "recogniser", "embedding", "embeddings", "landmark", "landmarks", "liveness", "antispoof", "antispoofing", "spoofing", "descriptor", "descriptors")
	specificSpeaker = set("embedding", "embeddings", "verification", "identification", "enrollment", "enrolment", "recognition")
	emotionWords    = set("emotion", "emotions", "expression", "expressions")
	// media that make an emotion word emotion recognition
	emotionMedia = set("face", "faces", "facial", "image", "images", "img", "photo", "photos",
		"picture", "video", "videos", "frame", "frames", "voice", "audio", "selfie")
	speakerWords = set("speaker", "speakers", "voiceprint", "voiceprints", "voice")
	speakerOps   = set("verify", "verification", "identify", "identification", "enrol", "enroll",
		"enrolment", "enrollment", "enrollments", "enrolments", "embedding", "embeddings")
	// recognition names speaker recognition with speaker or voiceprint, but
	// "voice recognition" often means speech recognition; diarization
	// (who spoke when, as speaker 1 and 2) identifies no one
	speakerOnlyOps = set("recognition", "recognize", "recognizer")
	strongWords    = map[string]catalog.Category{
		"facenet": recognition, "arcface": recognition, "insightface": recognition,
		"seetaface": recognition, "faceprint": recognition, "mtcnn": detection,
		"retinaface": detection, "voiceprint": speaker, "voiceprints": speaker,
	}
	// vetoFace are words next to "face" that make it a font, clock, mesh,
	// network or emoji face
	vetoFace = set("font", "fonts", "glyph", "glyphs", "typeface", "clock", "cube", "rubik", "mesh",
		"triangle", "triangles", "polygon", "polygons", "vertex", "vertices", "poly", "ndn", "nfd",
		"emoji", "emojis", "smiley", "dice", "card", "cards", "coin", "watch", "stl", "obj",
		"link", "transport", "netlink", "network")
	// vetoSynth are words of speech synthesis: its voices and emotions are
	// settings of the output, not recognition
	vetoSynth = set("tts", "synth", "synthesis", "synthesize", "synthesise", "synthesizer",
		"speak", "texttospeech", "ssml", "narration", "narrator")
)

const (
	recognition    = catalog.FaceRecognition
	detection      = catalog.FaceDetection
	liveness       = catalog.FaceLiveness
	categorisation = catalog.BiometricCategorisation
	emotion        = catalog.EmotionRecognition
	speaker        = catalog.SpeakerRecognition
)

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// A pair is the words that name a biometric operation, and its category.
type pair struct {
	Words    string // "face+verify"
	Category catalog.Category
	Strong   bool // a model family name: enough by itself
}

// operation returns the biometric operation ws name, if any. media says
// whether the site's input is an image, a video or audio (which makes an
// emotion word enough). The most specific category wins.
func operation(ws []string, media bool) (pair, bool) {
	var best pair
	found := false
	consider := func(p pair) {
		if !found || p.Category.Rank() < best.Category.Rank() || (p.Strong && !best.Strong && p.Category == best.Category) {
			best, found = p, true
		}
	}
	for _, w := range ws {
		if c, ok := strongWords[w]; ok {
			consider(pair{w, c, true})
		}
	}
	face := firstOf(ws, faceWords)
	if face != "" && !anyOf(ws, vetoFace) {
		for _, w := range ws {
			if c, ok := faceOps[w]; ok {
				consider(pair{Words: face + "+" + w, Category: c, Strong: specificFace[w]})
			}
		}
	}
	synth := anyOf(ws, vetoSynth)
	if e := firstOf(ws, emotionWords); e != "" && !synth {
		if m := firstOf(ws, emotionMedia); m != "" && !(m == face && anyOf(ws, vetoFace)) {
			consider(pair{Words: e + "+" + m, Category: emotion})
		} else if media && strings.HasPrefix(e, "emotion") {
			consider(pair{Words: e + "+input", Category: emotion})
		}
	}
	if slices.Contains(ws, "age") && slices.Contains(ws, "gender") {
		consider(pair{Words: "age+gender", Category: categorisation})
	}
	if s := firstOf(ws, speakerWords); s != "" && !synth {
		for _, w := range ws {
			if speakerOps[w] || (s != "voice" && speakerOnlyOps[w]) {
				consider(pair{Words: s + "+" + w, Category: speaker, Strong: s != "voice" && specificSpeaker[w]})
			}
		}
	}
	return best, found
}

func firstOf(ws []string, in map[string]bool) string {
	for _, w := range ws {
		if in[w] {
			return w
		}
	}
	return ""
}

func anyOf(ws []string, in map[string]bool) bool { return firstOf(ws, in) != "" }

// faceToken reports whether ws name a human face at all (for hosts, import
// paths and native libraries).
func faceToken(ws []string) bool {
	if anyOf(ws, vetoFace) {
		return false
	}
	for _, w := range ws {
		if faceWords[w] || strongWords[w] != "" {
			return true
		}
	}
	return false
}
