package analysisutil

import (
	"fmt"
	"go/token"
	"slices"
	"testing"
)

// TestComparePos orders positions by file name and offset when the file
// set holds the files in another order, as go/packages may leave it: it
// parses a package's files in parallel.
func TestComparePos(t *testing.T) {
	fset := token.NewFileSet()
	group := fset.AddFile("group.go", -1, 100) // added first: the lower positions
	generated := fset.AddFile("generated.go", -1, 100)
	pos := []token.Pos{group.Pos(40), generated.Pos(30), token.NoPos, group.Pos(10), generated.Pos(5)}
	slices.SortStableFunc(pos, func(a, b token.Pos) int { return ComparePos(fset, a, b) })
	var got []string
	for _, p := range pos {
		q := fset.Position(p)
		got = append(got, fmt.Sprintf("%s@%d", q.Filename, q.Offset))
	}
	if s, want := fmt.Sprint(got), "[@0 generated.go@5 generated.go@30 group.go@10 group.go@40]"; s != want {
		t.Errorf("sorted: %s, want %s", s, want)
	}
}
