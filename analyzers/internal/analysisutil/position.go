package analysisutil

import (
	"cmp"
	"go/token"
)

// ComparePos orders two positions of fset by file name, then offset in
// the file: the order of a report. Comparing the token.Pos values orders a
// package's files as the loader added them to the file set, and
// go/packages parses a package's files in parallel, so two runs could
// order them differently, and a finding that stands for its repeats (the
// first of them) could move from one file to another.
func ComparePos(fset *token.FileSet, a, b token.Pos) int {
	fa, fb := fset.File(a), fset.File(b)
	if fa == fb {
		return cmp.Compare(a, b)
	}
	return cmp.Or(cmp.Compare(fileName(fa), fileName(fb)), cmp.Compare(offset(fa, a), offset(fb, b)))
}

func fileName(f *token.File) string {
	if f == nil {
		return ""
	}
	return f.Name()
}

func offset(f *token.File, p token.Pos) int {
	if f == nil {
		return 0
	}
	return f.Offset(p)
}
