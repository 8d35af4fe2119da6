package discover

import (
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// The stems every signal of the scanner needs one of: a name, path,
// import, cgo line or model file of faces, emotions or voices. A file
// whose source and folded strings hold none as a word of the scanner's
// vocabulary yields no evidence, and is not scanned: on code with many
// names (x/tools) the scan is most of the analyzer's cost. Words that make
// a signal only beside a face word (liveness, spoof, ethnicity) are no
// anchors of their own; "gender" is, for age and gender. "expression" is
// an anchor only with a medium (emotionMedia: image, frame, audio...)
// somewhere in the file, as the scanner needs one beside it: compilers
// and parsers speak of expressions all the time.
var prefilter = newStemIndex(map[stemKind][]string{
	anchorStem:     {"face", "facial", "emotion", "speaker", "voice", "mtcnn", "gender"},
	expressionStem: {"expression"},
	mediaStem:      {"image", "img", "photo", "picture", "video", "frame", "audio", "selfie"},
})

type stemKind uint8

const (
	anchorStem stemKind = 1 << iota
	expressionStem
	mediaStem
)

// stemIndex finds stems, in any case, in one pass over a text: by their
// first two letters, folded to lower case.
type stemIndex struct {
	start [1 << 16]stemKind // the kinds of the stems that begin so
	stems []stem
}

type stem struct {
	text string // lower-case ASCII letters, two at least
	kind stemKind
}

func newStemIndex(byKind map[stemKind][]string) *stemIndex {
	ix := &stemIndex{}
	for kind, ss := range byKind {
		for _, s := range ss {
			ix.start[uint16(s[0])<<8|uint16(s[1])] |= kind
			ix.stems = append(ix.stems, stem{s, kind})
		}
	}
	return ix
}

// mayHaveEvidence reports whether src (the file's source, nil when it
// cannot be read) or a string the file folds (a base URL from another
// file) holds an anchor, in any case.
func mayHaveEvidence(src []byte, strs []strconst.String) bool {
	if src == nil {
		return true
	}
	var seen stemKind
	if seen = scan(prefilter, src, seen); seen&anchorStem != 0 {
		return true
	}
	for _, s := range strs {
		if seen = scan(prefilter, s.Text, seen); seen&anchorStem != 0 {
			return true
		}
	}
	return seen&expressionStem != 0 && seen&mediaStem != 0
}

// scan adds to seen the kinds of the stems b holds as words of the
// scanner: the name around a stem (the run of letters and digits it is
// in) split into words as the scanner splits names must hold the word of
// the stem's kind (vocabulary, or emotionMedia). Most "face" in Go code is
// in "interface", which names nothing. It stops at the first anchor.
func scan[T string | []byte](ix *stemIndex, b T, seen stemKind) stemKind {
	for i := 0; i+1 < len(b); i++ {
		kinds := ix.start[uint16(b[i]|0x20)<<8|uint16(b[i+1]|0x20)] &^ seen
		if kinds == 0 {
			continue
		}
		for _, st := range ix.stems {
			if st.kind&kinds == 0 || !hasPrefixFold(b[i:], st.text) {
				continue
			}
			start, end := i, i+len(st.text)
			for start > 0 && inName(b[start-1]) {
				start--
			}
			for end < len(b) && inName(b[end]) {
				end++
			}
			for _, w := range words(string(b[start:end])) {
				if st.kind == mediaStem && emotionMedia[w] || st.kind != mediaStem && vocabulary(w) {
					seen |= st.kind
					break
				}
			}
			if seen&anchorStem != 0 {
				return seen
			}
		}
	}
	return seen
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
