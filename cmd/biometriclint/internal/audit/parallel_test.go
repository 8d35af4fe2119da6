package audit

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// TestSameOnAnyCPUs: directories are parsed and analysed in parallel, and
// the report is the same bytes whatever the number of CPUs. The tree is
// the analyzers' test packages (dozens of directories with findings of
// every kind), copied out of their testdata directories, which an audit
// skips.
func TestSameOnAnyCPUs(t *testing.T) {
	root := t.TempDir()
	for _, a := range []string{"discover", "endpoint", "indirect", "modelfile", "sdkimport", "sdksymbol", "directive"} {
		src := filepath.Join("..", "..", "..", "..", "analyzers", a, "testdata", "src")
		if err := os.CopyFS(filepath.Join(root, a), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	report := func(procs int) ([]byte, int) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		rep, _, err := Run(&Config{Dir: root, Analyzers: suite.Analyzers(), Tests: true})
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		return data, len(rep.Findings())
	}
	one, n := report(1)
	if n < 50 {
		t.Fatalf("the tree gave %d findings; the test needs many directories with findings", n)
	}
	for _, procs := range []int{2, 8} {
		if got, _ := report(procs); !bytes.Equal(got, one) {
			t.Errorf("the report with GOMAXPROCS=%d differs from the one with 1", procs)
		}
	}
}
