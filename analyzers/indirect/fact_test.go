package indirect

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

func TestCapabilityValid(t *testing.T) {
	step := []Step{{From: "p.F", To: "rekognition.Client.CompareFaces", Verb: "calls"}}
	for _, tc := range []struct {
		c    Capability
		want bool
	}{
		{Capability{Paths: []Path{{Category: catalog.FaceRecognition, Steps: step}}}, true},
		{Capability{}, false},
		{Capability{Paths: []Path{{Category: catalog.FaceRecognition}}}, false},
		{Capability{Paths: []Path{{Category: "face-reading", Steps: step}}}, false},
		{Capability{Paths: []Path{{Category: catalog.FaceDetection, Steps: step}, {Category: "", Steps: step}}}, false},
	} {
		if got := tc.c.valid(); got != tc.want {
			t.Errorf("%+v valid = %v, want %v", tc.c, got, tc.want)
		}
	}
}
