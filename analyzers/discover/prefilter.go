package discover

import (
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// anchors are the stems every signal of the scanner needs one of: a name,
// path, import, cgo line or model file of faces, emotions or voices. A
// file whose source and folded strings hold none as a word of the
// scanner's vocabulary yields no evidence, and is not scanned: on code
// with many names (x/tools) the scan is most of the analyzer's cost.
// Words that make a signal only beside a face word (liveness, spoof,
// ethnicity) are no anchors of their own; "gender" is, for age and gender.
// "expression" is an anchor only with a medium (emotionMedia: image,
// frame, audio...) somewhere in the file, as the scanner needs one beside
// it: compilers and parsers speak of expressions all the time.
var (
	anchors           = newStems("face", "facial", "emotion", "speaker", "voice", "mtcnn", "gender")
	expressionAnchors = newStems("expression")
	mediaAnchors      = newStems("image", "img", "photo", "picture", "video", "frame", "audio", "selfie")
)

// stems are lower-case ASCII stems by their first letter in either case,
// for one pass over a text.
type stems struct {
	first   [256]bool
	byFirst [256][]string
}

func newStems(ss ...string) *stems {
	st := &stems{}
	for _, s := range ss {
		for _, c := range []byte{s[0], s[0] - 'a' + 'A'} {
			st.first[c] = true
			st.byFirst[c] = append(st.byFirst[c], s)
		}
	}
	return st
}

// mayHaveEvidence reports whether src (the file's source, nil when it
// cannot be read) or a string the file folds (a base URL from another
// file) holds an anchor, in any case.
func mayHaveEvidence(src []byte, strs []strconst.String) bool {
	if src == nil {
		return true
	}
	in := func(st *stems, word func(string) bool) bool {
		if hasAnchor(src, st, word) {
			return true
		}
		for _, s := range strs {
			if hasAnchor(s.Text, st, word) {
				return true
			}
		}
		return false
	}
	switch {
	case in(anchors, vocabulary):
		return true
	case in(expressionAnchors, vocabulary):
		return in(mediaAnchors, func(w string) bool { return emotionMedia[w] })
	}
	return false
}

// hasAnchor reports whether b holds one of st, in any case, that the
// scanner would read as a word for which in is true: the name around it
// (the run of letters and digits it is in) split into words as the
// scanner splits names. Most "face" in Go code is in "interface", which
// names nothing.
func hasAnchor[T string | []byte](b T, st *stems, in func(word string) bool) bool {
	for i := 0; i < len(b); i++ {
		if !st.first[b[i]] {
			continue
		}
		for _, a := range st.byFirst[b[i]] {
			if !hasPrefixFold(b[i:], a) {
				continue
			}
			start, end := i, i+len(a)
			for start > 0 && inName(b[start-1]) {
				start--
			}
			for end < len(b) && inName(b[end]) {
				end++
			}
			for _, w := range words(string(b[start:end])) {
				if in(w) {
					return true
				}
			}
			i = end - 1 // the rest of this name said nothing either
			break
		}
	}
	return false
}

// hasPrefixFold reports whether b begins with the lower-case ASCII stem
// in any case.
func hasPrefixFold[T string | []byte](b T, stem string) bool {
	if len(b) < len(stem) {
		return false
	}
	for j := 0; j < len(stem); j++ {
		if b[j]|0x20 != stem[j] {
			return false
		}
	}
	return true
}

// vocabulary reports whether w is a word every signal needs one of
// (words.go): a face word, a model family, an emotion, speaker or
// categorisation word.
func vocabulary(w string) bool {
	return faceWords[w] || strongWords[w] != "" || emotionWords[w] || speakerWords[w] || w == "gender"
}

// inName reports whether c can be part of a name: an ASCII letter or
// digit, or a byte of a multi-byte (UTF-8) character.
func inName(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}
