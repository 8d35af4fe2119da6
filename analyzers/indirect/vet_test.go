package indirect_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVet runs the analyzer as a go vet tool, where dependencies come
// from export data and facts from vet's fact files: the wrapper's caller
// must be reported although nothing in its imports' export data names
// the SDK.
func TestVet(t *testing.T) {
	tool := filepath.Join(t.TempDir(), "vettool")
	build := exec.Command("go", "build", "-o", tool, "./testdata/vettool")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the vet tool: %v\n%s", err, out)
	}
	vet := exec.Command("go", "vet", "-vettool="+tool, "./...")
	vet.Dir = filepath.Join("testdata", "vet")
	vet.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	out, err := vet.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet found nothing:\n%s", out)
	}
	var got []string
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		if !strings.HasPrefix(line, "#") {
			got = append(got, line)
		}
	}
	want := []string{
		"user/user.go:10:28: AWS Rekognition (AWS SDK for Go v2): hidden.Same performs face recognition via rekognition.Client.CompareFaces, " +
			"which compares a face with the faces in another image to verify identity [face-recognition; EU AI Act Art. 5(1)(e), 5(1)(h), Annex III 1(a)] " +
			"(indirect use, 1 step down to the SDK)",
		// The step's file is in the vet unit's file set from export data
		// only: it is read from disk, so the step is at its own line.
		"hidden/hidden.go:12:9: \thidden.Same calls rekognition.Client.CompareFaces",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("go vet printed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
