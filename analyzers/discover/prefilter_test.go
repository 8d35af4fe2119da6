package discover

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

func TestMayHaveEvidence(t *testing.T) {
	for _, tc := range []struct {
		src  string
		strs []string
		want bool
	}{
		{"package p\nfunc Parse(s string) int { return len(s) }\n", nil, false},
		{"package p\nfunc CompareFaces(img []byte) {}\n", nil, true},
		{"package p\nconst u = \"/SPEAKER/verify\"\n", nil, true},
		// The base URL comes from another file: the folded string says it.
		{"package p\nfunc call() { post(base + \"/verify\") }\n", []string{"https://faceapi.example/verify"}, true},
		{"", nil, true}, // an unreadable file is scanned
	} {
		var strs []strconst.String
		for _, s := range tc.strs {
			strs = append(strs, strconst.String{Text: s})
		}
		var src []byte
		if tc.src != "" {
			src = []byte(tc.src)
		}
		if got := mayHaveEvidence(src, strs); got != tc.want {
			t.Errorf("mayHaveEvidence(%q, %q) = %v, want %v", tc.src, tc.strs, got, tc.want)
		}
	}
}
