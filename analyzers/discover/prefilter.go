package discover

import (
	"bytes"

	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// anchors are the stems every signal of the scanner needs one of: a name,
// path, import, cgo line or model file of faces, emotions or voices
// (words.go: faceWords, emotionWords, speakerWords, strongWords, the
// categorisation words). A file whose source and folded strings hold none
// yields no evidence, and is not scanned: on code with many names (x/tools)
// the scan is most of the analyzer's cost.
var anchors = [][]byte{
	[]byte("face"), []byte("facial"), []byte("emotion"), []byte("expression"),
	[]byte("speaker"), []byte("voice"), []byte("mtcnn"), []byte("liveness"),
	[]byte("spoof"), []byte("gender"), []byte("ethnic"), []byte("biometric"),
}

// mayHaveEvidence reports whether src (the file's source, nil when it
// cannot be read) or a string the file folds (a base URL from another
// file) holds an anchor, in any case.
func mayHaveEvidence(src []byte, strs []strconst.String) bool {
	if src == nil || hasAnchor(src) {
		return true
	}
	for _, s := range strs {
		if hasAnchor([]byte(s.Text)) {
			return true
		}
	}
	return false
}

func hasAnchor(b []byte) bool {
	lower := bytes.ToLower(b)
	for _, a := range anchors {
		if bytes.Contains(lower, a) {
			return true
		}
	}
	return false
}
