package endpoint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// FuzzMatchEndpoint matches arbitrary strings, with one arbitrary request
// parameter, against the catalogued endpoints: never a panic, the same
// answer twice, and a match always says which endpoint and category.
func FuzzMatchEndpoint(f *testing.F) {
	u := strconst.Unknown
	for _, s := range []struct{ s, name, value string }{
		{"https://api-cn.faceplusplus.com/facepp/v3/detect?return_attributes=emotion", "", ""},
		{u + "/face/v1.0/detect?returnFaceAttributes=emotion", "", ""},
		{"RekognitionService.DetectFaces", "Attributes", "EMOTIONS"},
		{"https://api.kairos.com:443/recognize", "", ""},
		{"https://" + u + "/photo/emotions", "", ""},
		{"http://[::1", "", ""},
		{"//%zz/face?%", "a", "%"},
		{"https://x.cognitiveservices.azure.com/vision/v3.2/analyze?visualFeatures=Tags,Faces", "visualFeatures", "Faces"},
	} {
		f.Add(s.s, s.name, s.value)
	}
	m := NewMatcher(catalog.Default())
	f.Fuzz(func(t *testing.T, s, name, value string) {
		if trimmed := strings.TrimSpace(s); !mayName(trimmed) {
			if _, ok := splitURL(trimmed); ok {
				t.Fatalf("splitURL splits %q, which has no dot or slash", s)
			}
		}
		params := []Param{{Name: name, Value: value}}
		first := matched(m, s, params)
		if again := matched(m, s, params); again != first {
			t.Fatalf("two matches of %q differ:\n%s\n%s", s, first, again)
		}
	})
}

func matched(m *Matcher, s string, params []Param) string {
	got, ok := m.MatchEndpoint(s, params)
	if !ok {
		return "no match"
	}
	if got.Endpoint == nil || got.Category == "" {
		panic(fmt.Sprintf("match without an endpoint or category: %+v", got))
	}
	return fmt.Sprintf("%s %s %s %+v", got.Endpoint.Entry.ID, got.Category, got.What, got.Via)
}
