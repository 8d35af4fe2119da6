package discover

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

// refIndex is the index scan had when it read every pair of bytes: the
// stems by their first two letters only, built from the list itself, not
// from the index under test.
var refIndex = func() *oneStrideIndex {
	ix := &oneStrideIndex{}
	for _, s := range prefilterStems {
		k := uint16(s[0])<<8 | uint16(s[1])
		if ix.start[k] == 0 {
			ix.byStart = append(ix.byStart, nil)
			ix.start[k] = uint8(len(ix.byStart))
		}
		ix.byStart[ix.start[k]-1] = append(ix.byStart[ix.start[k]-1], s)
	}
	return ix
}()

type oneStrideIndex struct {
	start   [1 << 16]uint8
	byStart [][]string
}

// scanEveryByte is scan as it was, reading every pair of bytes, a table
// of first letters only: the reference of TestScanStride.
func scanEveryByte(b []byte) hits {
	ix := refIndex
	var h hits
	for i := 0; i+1 < len(b); i++ {
		n := ix.start[uint16(b[i]|0x20)<<8|uint16(b[i+1]|0x20)]
		if n == 0 || !hasStem(b[i:], ix.byStart[n-1]) {
			continue
		}
		// A stem: the words of the whole name around it decide (the
		// reading of the name is not what this reference checks).
		end := readName(b, i, &h)
		if h.anchor {
			return h
		}
		i = end - 1 // the rest of this name is read
	}
	return h
}

// TestScanStride: reading every other pair of bytes finds what reading
// every pair found, at both parities of every offset: the go/... sources
// of the toolchain, this module's analyzers and their test data (where
// the vocabulary is), each also shifted by one byte.
func TestScanStride(t *testing.T) {
	dirs := []string{filepath.Join(goenv.MustVar(t, "GOROOT"), "src", "go"), ".."}
	files := 0
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files++
			for _, b := range [][]byte{src, append([]byte{' '}, src...)} {
				got, want := scan(prefilter, b), scanEveryByte(b)
				if got.anchor != want.anchor || !slices.Equal(got.expr, want.expr) || !slices.Equal(got.media, want.media) {
					t.Fatalf("%s (%d bytes): scan = %+v, reading every pair: %+v", path, len(b), got, want)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 500 {
		t.Fatalf("compared %d files; the corpus is missing", files)
	}
	for _, text := range []string{"", "f", "fa", "fac", "face", "xface", "xxface", "img", "ximg", "a img", "an expression of an image", "Expression/Frame", "imgimgimg"} {
		got, want := scan(prefilter, []byte(text)), scanEveryByte([]byte(text))
		if got.anchor != want.anchor || !slices.Equal(got.expr, want.expr) || !slices.Equal(got.media, want.media) {
			t.Errorf("scan(%q) = %+v, reading every pair: %+v", text, got, want)
		}
	}
}
