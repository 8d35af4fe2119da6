package cgolib

import (
	"fmt"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// FuzzDirectives reads arbitrary C or cgo preamble text: never a panic;
// every directive's text lies inside the input at its offset; the same
// text gives the same directives and matches twice.
func FuzzDirectives(f *testing.F) {
	for _, s := range []string{
		"#cgo LDFLAGS: -ldlib -lopencv_face\n#include <dlib/image_processing/frontal_face_detector.h>\n",
		"#cgo pkg-config: opencv4\n# include \"opencv2/face.hpp\"\n#import <Vision/Vision.h>",
		"#include <", "#include \"", "#cgo", "#cgo LDFLAGS: -l", "  #  include   <a>  \r\n",
	} {
		f.Add(s, true)
	}
	m := NewMatcher(catalog.Default())
	f.Fuzz(func(t *testing.T, text string, cgo bool) {
		ds := Directives(text, cgo)
		first := matches(m, ds)
		if again := matches(m, Directives(text, cgo)); again != first {
			t.Fatalf("two reads differ:\n%s\n%s", first, again)
		}
		for _, d := range ds {
			if d.Offset < 0 || d.Offset+len(d.Text) > len(text) || text[d.Offset:d.Offset+len(d.Text)] != d.Text {
				t.Fatalf("directive %q not at offset %d of the text", d.Text, d.Offset)
			}
		}
	})
}

func matches(m *Matcher, ds []Directive) string {
	s := ""
	for _, d := range ds {
		n, ok := m.MatchNative(d)
		s += fmt.Sprintf("%+v %v", d, ok)
		if ok {
			s += " " + n.Entry.ID
		}
		s += "\n"
	}
	return s
}
