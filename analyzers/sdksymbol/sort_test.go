package sdksymbol

import (
	"fmt"
	"go/ast"
	"go/token"
	"testing"
)

// TestSortByPosition orders uses by file name and offset when the file set
// holds the files in another order, as go/packages may leave it: it parses
// a package's files in parallel.
func TestSortByPosition(t *testing.T) {
	fset := token.NewFileSet()
	group := fset.AddFile("group.go", -1, 100) // added first: the lower positions
	generated := fset.AddFile("generated.go", -1, 100)
	use := func(f *token.File, off int) *Use {
		return &Use{Node: &ast.Ident{NamePos: f.Pos(off), Name: "x"}}
	}
	uses := []*Use{use(group, 40), use(generated, 30), use(group, 10), use(generated, 5)}
	sortByPosition(fset, uses)
	var got []string
	for _, u := range uses {
		p := fset.Position(u.Node.Pos())
		got = append(got, fmt.Sprintf("%s@%d", p.Filename, p.Offset))
	}
	if s, want := fmt.Sprint(got), "[generated.go@5 generated.go@30 group.go@10 group.go@40]"; s != want {
		t.Errorf("sorted: %s, want %s", s, want)
	}
}
