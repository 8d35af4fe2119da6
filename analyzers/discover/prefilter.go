package discover

import (
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// The stems every signal of the scanner needs one of: a name, path,
// import, cgo line or model file of faces, emotions or voices. A file
// whose source and folded strings hold none as a word of the scanner's
// vocabulary yields no evidence, and is not scanned: on code with many
// names (x/tools) the scan is most of the analyzer's cost. Words that make
// a signal only beside a face word (liveness, spoof, ethnicity) are no
// anchors of their own; "gender" is, for age and gender. "expression" is
// an anchor only with a medium (emotionMedia: image, frame, audio...) in
// the same declaration, as the scanner needs one beside it: compilers and
// parsers speak of expressions all the time. The stems are found through
// a table of letter pairs, read at every other byte (stemIndex); the words
// of the name around one decide (scan).
var prefilter = newStemIndex(prefilterStems...)

var prefilterStems = []string{
	// anchors
	"face", "facial", "emotion", "speaker", "voice", "mtcnn", "gender",
	// an anchor only with a medium
	"expression",
	// media
	"image", "img", "photo", "picture", "video", "frame", "audio", "selfie",
}

// stemIndex finds stems, in any case, in one pass over a text that reads
// every other pair of bytes: a stem of three letters or more that starts
// at an even offset begins with the pair there, one that starts at an odd
// offset has its second and third letters there. Both kinds are looked up
// in one table, by the letters of the pair in any case (pairKey).
type stemIndex struct {
	// pairs holds, for a pair of letters, 1 + the index in byStart of the
	// stems that begin with it (low byte) and 1 + the index in bySecond of
	// the stems whose second and third letters it is (high byte).
	pairs             [27 * 32]uint16 // by pairKey
	byStart, bySecond [][]string      // lower-case ASCII letters, three at least
	// The letters that can follow a pair of byStart (the stems' third),
	// and precede one of bySecond (their first), as bits of letterBit:
	// "ge" begins gender, and "get" and "generic" go no further.
	thirds, firsts []uint32
}

// letterClass numbers the ASCII letters, in any case, from 1; 0 is any
// other byte. A pair of bytes is looked up by the classes of its letters,
// in a table small enough to stay in the fastest cache.
var letterClass = func() (c [256]uint8) {
	for l := byte('a'); l <= 'z'; l++ {
		c[l], c[l-'a'+'A'] = l-'a'+1, l-'a'+1
	}
	return c
}()

// pairKey is the index in stemIndex.pairs of the pair of bytes x, y.
func pairKey(x, y byte) uint16 { return uint16(letterClass[x])<<5 | uint16(letterClass[y]) }

// letterBit is the bit of an ASCII letter, in any case, in a set of
// letters; 0 for any other byte.
func letterBit(c byte) uint32 {
	if l := c | 0x20; 'a' <= l && l <= 'z' {
		return 1 << (l - 'a')
	}
	return 0
}

func newStemIndex(stems ...string) *stemIndex {
	ix := &stemIndex{}
	add := func(lists *[][]string, letters *[]uint32, k uint16, shift uint, s string, letter byte) {
		n := ix.pairs[k] >> shift & 0xff
		if n == 0 {
			*lists = append(*lists, nil)
			*letters = append(*letters, 0)
			n = uint16(len(*lists))
			ix.pairs[k] |= n << shift
		}
		(*lists)[n-1] = append((*lists)[n-1], s)
		(*letters)[n-1] |= letterBit(letter)
	}
	for _, s := range stems {
		if len(s) < 3 || letterBit(s[0]) == 0 || letterBit(s[1]) == 0 || letterBit(s[2]) == 0 {
			panic("discover: stem " + s + " is not three letters or more")
		}
		add(&ix.byStart, &ix.thirds, pairKey(s[0], s[1]), 0, s, s[2])
		add(&ix.bySecond, &ix.firsts, pairKey(s[1], s[2]), 8, s, s[0])
	}
	return ix
}

// mayHaveEvidence reports whether src (the file's source, nil when it
// cannot be read) or a string the file folds (a base URL from another
// file; strs are its strings as strconst.Folder.Named returns them, which
// leaves out only literals written out in src) holds an anchor, in any
// case. The comments of src (sorted byte ranges, nil for none) are not
// read: the scanner reads no comment but the cgo preamble, which is not
// among them. An expression counts with a medium in the same top-level
// declaration of src (decls returns their byte ranges, doc comments
// included, or nil for the whole file; it is called only then) or the
// same string: the scanner reads the words of one declaration, or of one
// string, together.
func mayHaveEvidence(src []byte, comments [][2]int, decls func() [][2]int, strs []strconst.String) bool {
	if src == nil {
		return true
	}
	h := scanOutside(src, comments)
	if h.anchor || len(h.expr) > 0 && len(h.media) > 0 && h.together(decls()) {
		return true
	}
	for _, s := range strs {
		if strconst.Verbatim(s) || !mayBeURL(s.Text) {
			// Its text is in src, read above with the same names around
			// each stem (its quotes end them as the text's ends do); or
			// the scanner does not read it (parseURL): it reads strings
			// only as addresses. The levels of a long chain of sums, each
			// a prefix of the next, are most of the text of the strings.
			continue
		}
		if h := scan(prefilter, s.Text); h.anchor || h.together(nil) {
			return true
		}
	}
	return false
}

// scanOutside scans src but for the byte ranges skip (sorted, apart), with
// the offsets of its hits in src. A range ends a name as the comment it
// is ends one.
func scanOutside(src []byte, skip [][2]int) hits {
	var all hits
	from := 0
	for i := 0; i <= len(skip); i++ {
		to := len(src)
		if i < len(skip) {
			to = skip[i][0]
		}
		if from < to {
			h := scan(prefilter, src[from:to])
			if h.anchor {
				return h
			}
			for _, off := range h.expr {
				all.expr = append(all.expr, from+off)
			}
			for _, off := range h.media {
				all.media = append(all.media, from+off)
			}
		}
		if i < len(skip) {
			from = max(from, skip[i][1])
		}
	}
	return all
}

// hits are what scan found: an anchor, or the offsets of expressions and
// media.
type hits struct {
	anchor      bool
	expr, media []int
}

// together reports whether an expression and a medium are in one of decls
// (sorted byte ranges), or anywhere when decls is nil.
func (h hits) together(decls [][2]int) bool {
	if len(h.expr) == 0 || len(h.media) == 0 {
		return false
	}
	if decls == nil {
		return true
	}
	for _, d := range decls {
		in := func(off int) bool { return d[0] <= off && off < d[1] }
		if slices.ContainsFunc(h.expr, in) && slices.ContainsFunc(h.media, in) {
			return true
		}
	}
	return false
}

// scan finds in b the stems that the scanner would read as words: the
// name around a stem (the run of letters and digits it is in), split into
// words as the scanner splits names, must hold a word of the vocabulary
// (an anchor), an expression or a medium. Most "face" in Go code is in
// "interface", which names nothing. It stops at the first anchor. A run
// longer than any name (encoded data in a literal) counts as an anchor:
// it is not split, and the file is scanned.
func scan[T string | []byte](ix *stemIndex, b T) hits {
	var h hits
	next := 0 // where the next name can start: the names read are not read again
	for i := 0; i+1 < len(b); i += 2 {
		k := ix.pairs[pairKey(b[i], b[i+1])]
		if k == 0 {
			continue
		}
		// A stem that starts at i-1, then one that starts at i: in order.
		// The letter before the pair, or after it, rules most out.
		if n := k >> 8; n != 0 && i-1 >= next && ix.firsts[n-1]&letterBit(b[i-1]) != 0 && hasStem(b[i-1:], ix.bySecond[n-1]) {
			if next = readName(b, i-1, &h); h.anchor {
				return h
			}
		}
		if n := k & 0xff; n != 0 && i >= next && i+2 < len(b) && ix.thirds[n-1]&letterBit(b[i+2]) != 0 && hasStem(b[i:], ix.byStart[n-1]) {
			if next = readName(b, i, &h); h.anchor {
				return h
			}
		}
	}
	return h
}

// readName reads the words of the name around the stem at b[at:] into h,
// and returns where the name ends. A run longer than any name is an
// anchor.
func readName[T string | []byte](b T, at int, h *hits) int {
	start, end := at, at+2
	for start > 0 && inName(b[start-1]) {
		start--
	}
	for end < len(b) && inName(b[end]) {
		end++
	}
	if end-start > maxName {
		h.anchor = true
		return end
	}
	for _, w := range words(string(b[start:end])) {
		switch {
		case emotionWords[w] && !strings.HasPrefix(w, "emotion"):
			h.expr = append(h.expr, at)
		case vocabulary(w):
			h.anchor = true
			return end
		case emotionMedia[w]:
			h.media = append(h.media, at)
		}
	}
	return end
}

// maxName is longer than any name the scanner splits.
const maxName = 256

// hasStem reports whether b begins with one of stems, in any case.
func hasStem[T string | []byte](b T, stems []string) bool {
	for _, st := range stems {
		if hasPrefixFold(b, st) {
			return true
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

// mayOperate reports whether name holds a word that operation needs one
// of (a word of the vocabulary, or an expression): the prefilter's test
// on one name, which neither splits it into words nor allocates when it
// holds no stem, as most names do not.
func mayOperate(name string) bool {
	h := scan(prefilter, name)
	return h.anchor || len(h.expr) > 0
}

// inName reports whether c can be part of a name: an ASCII letter or
// digit, or a byte of a multi-byte (UTF-8) character.
func inName(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}
