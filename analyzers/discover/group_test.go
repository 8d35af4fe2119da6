package discover

import (
	"fmt"
	"strings"
	"testing"
)

// TestGroupBySubject: the same subject of a category is one finding, in
// the order of first occurrence; another category or subject is another.
func TestGroupBySubject(t *testing.T) {
	evs := []Evidence{
		{Subject: `"retinaface"`, Category: "face-detection", Pos: 1},
		{Subject: `"Facenet512"`, Category: "face-recognition", Pos: 2},
		{Subject: `"retinaface"`, Category: "face-detection", Pos: 3},
		{Subject: `"retinaface"`, Category: "face-recognition", Pos: 4},
	}
	var got []string
	for _, g := range groupBySubject(evs) {
		var ps []string
		for _, ev := range g {
			ps = append(ps, fmt.Sprint(ev.Pos))
		}
		got = append(got, g[0].Subject+"@"+strings.Join(ps, ","))
	}
	want := `["retinaface"@1,3 "Facenet512"@2 "retinaface"@4]`
	if fmt.Sprint(got) != want {
		t.Errorf("groups %v, want %s", got, want)
	}
}
