package discover

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"ASFDetectFaces", []string{"asf", "detect", "faces"}},
		{"face_detect-v2", []string{"face", "detect", "v", "2"}},
		{"seetafacedetect", []string{"_seeta", "face", "detect"}},
		{"facetracker", []string{"face", "tracker"}}, // not facet
		{"Interface", []string{"interface"}},
		// words that merely contain "face", glued to others
		{"superinterface", []string{"superinterface"}},
		{"IPv6interfacelocalallnodes", []string{"i", "pv", "6", "interfacelocalallnodes"}},
		{"myfacebookpage", []string{"myfacebookpage"}},
		{"surfacefacedetect", []string{"_surface", "face", "detect"}},
		{"compreface", []string{"_compre", "face"}}, // not preface
		// the Go runtime's empty interface, alone; glued it may be a
		// model's name (blazeface, sphereface)
		{"efaceOf", []string{"eface", "of"}},
		{"blazeface", []string{"_blaze", "face"}},
	} {
		if got := words(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
