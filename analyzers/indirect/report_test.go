package indirect

import (
	"go/token"
	"testing"
)

// TestStepPos checks the conversion of a chain's positions back to the
// file set, and the fallback when the file is not in it (go vet loads
// dependencies from export data, not from source).
func TestStepPos(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("a/a.go", -1, 30)
	f.SetLines([]int{0, 10, 20})
	files := fileIndex(fset)
	for _, tc := range []struct {
		p    Position
		want token.Pos
	}{
		{Position{"a/a.go", 2, 3}, token.Pos(f.Base() + 12)},
		{Position{"a/a.go", 1, 1}, token.Pos(f.Base())},
		{Position{"a/a.go", 4, 1}, token.NoPos},  // no such line
		{Position{"a/a.go", 3, 50}, token.NoPos}, // past the end
		{Position{"a/a.go", 0, 1}, token.NoPos},
		{Position{"b/b.go", 1, 1}, token.NoPos}, // not in the file set
	} {
		if got := stepPos(tc.p, files); got != tc.want {
			t.Errorf("stepPos(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}
