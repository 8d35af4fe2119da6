package rusage

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	SpawnMain()
	os.Exit(m.Run())
}

func TestMedian(t *testing.T) {
	s := func(wall, cpu time.Duration, rss int64) Sample { return Sample{wall, cpu, rss} }
	odd := []Sample{s(3, 10, 7), s(1, 30, 9), s(2, 20, 8)}
	if got, want := Median(odd), s(2, 20, 8); got != want {
		t.Errorf("Median(odd) = %v, want %v (each field on its own)", got, want)
	}
	even := append(odd, s(4, 40, 1))
	if got, want := Median(even), s(2, 25, 7); got != want {
		t.Errorf("Median(even) = %v, want %v", got, want)
	}
	if got := Median(nil); got != (Sample{}) {
		t.Errorf("Median(nil) = %v", got)
	}
}

func TestMean(t *testing.T) {
	s := func(wall, cpu time.Duration, rss int64) Sample { return Sample{wall, cpu, rss} }
	if got, want := Mean([]Sample{s(3, 10, 7), s(1, 31, 9), s(2, 21, 8)}), s(2, 20, 9); got != want {
		t.Errorf("Mean = %v, want %v (times averaged, truncated; the largest peak)", got, want)
	}
	if got := Mean(nil); got != (Sample{}) {
		t.Errorf("Mean(nil) = %v", got)
	}
}

func TestPairedRatio(t *testing.T) {
	s := func(wall, cpu time.Duration, rss int64) Sample { return Sample{wall, cpu, rss} }
	// A slow spell in the last round: every variant twice as slow.
	a := []Sample{s(11, 110, 10), s(11, 110, 10), s(22, 220, 10)}
	b := []Sample{s(10, 100, 10), s(20, 200, 10), s(20, 200, 10)}
	if got, want := PairedRatio(a, b), (Ratio{1.1, 1.1, 1}); got != want {
		t.Errorf("PairedRatio = %+v, want %+v", got, want)
	}
	if got, want := Divide(Median(a), Median(b)), (Ratio{0.55, 0.55, 1}); got != want {
		t.Errorf("Divide(Median, Median) = %+v, want %+v (the spell fell on different rounds)", got, want)
	}
	if got, want := Rounds(a, b), []Ratio{{1.1, 1.1, 1}, {0.55, 0.55, 1}, {1.1, 1.1, 1}}; !slices.Equal(got, want) {
		t.Errorf("Rounds = %+v, want %+v", got, want)
	}
	if got := MedianRatio(nil); got != (Ratio{}) {
		t.Errorf("MedianRatio(nil) = %+v, want zero", got)
	}
	for _, c := range [][2][]Sample{{a, b[:2]}, {nil, nil}} {
		if got := PairedRatio(c[0], c[1]); got != (Ratio{}) {
			t.Errorf("PairedRatio(%d samples, %d samples) = %+v, want zero", len(c[0]), len(c[1]), got)
		}
		if got := Rounds(c[0], c[1]); got != nil {
			t.Errorf("Rounds(%d samples, %d samples) = %+v, want nil", len(c[0]), len(c[1]), got)
		}
	}
}

func TestDivide(t *testing.T) {
	q := Divide(Sample{3, 1, 10}, Sample{2, 0, 4})
	if q != (Ratio{1.5, 0, 2.5}) {
		t.Errorf("Divide = %+v", q)
	}
}

// TestRun measures real processes: the exit codes that count as success,
// and a peak RSS that the kernel reported.
func TestRun(t *testing.T) {
	s, err := Run(exec.Command("sh", "-c", "exit 3"), 3)
	if err != nil {
		t.Fatalf("exit 3 allowed: %v", err)
	}
	if s.MaxRSS <= 0 || s.Wall <= 0 {
		t.Errorf("sample %+v: want a positive peak RSS and wall time", s)
	}
	if _, err := Run(exec.Command("sh", "-c", "exit 4"), 3); err == nil {
		t.Error("exit 4 not allowed: no error")
	}
	if _, err := Run(exec.Command("/nonexistent/command")); err == nil {
		t.Error("a command that does not start: no error")
	}
	// A grandchild (through sh) that touches 64 MB raises the peak above it.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", "-c", `"$0" -test.run=TestHelperAllocate`, exe)
	cmd.Env = append(os.Environ(), "RUSAGE_HELPER_ALLOCATE=1")
	big, err := Run(cmd)
	if err != nil {
		t.Fatal(err)
	}
	if big.MaxRSS < 64<<20 {
		t.Errorf("peak RSS %d MB, want at least 64 MB", big.MaxRSS>>20)
	}
}

// TestOwnPeakNotCounted measures a small command from a process that
// holds 256 MB: its peak is its own, not the harness's (which a vforked
// child inherits at exec). Without the spawner it was 256 MB at least.
func TestOwnPeakNotCounted(t *testing.T) {
	held := make([]byte, 256<<20)
	for i := range held {
		held[i] = 1
	}
	s, err := Run(exec.Command("sh", "-c", "exit 0"))
	if err != nil {
		t.Fatal(err)
	}
	if s.MaxRSS <= 0 || s.MaxRSS >= 64<<20 {
		t.Errorf("sh -c 'exit 0': peak RSS %d MB, want above 0 and below 64 MB (the measuring process holds %d MB)", s.MaxRSS>>20, len(held)>>20)
	}
	if s.Wall <= 0 {
		t.Errorf("sample %+v: want a positive wall time", s)
	}
	t.Logf("peak RSS of sh -c 'exit 0' from the spawner: %d KB", s.MaxRSS>>10)
	runtime.KeepAlive(held)
}

// TestRunErrors reports a command that does not start, and one the spawner
// does not find, as errors, with the command's name.
func TestRunErrors(t *testing.T) {
	for _, name := range []string{"/nonexistent/command", "no-such-command-on-path"} {
		_, err := Run(exec.Command(name))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("Run(%s) = %v, want an error that names it", name, err)
		}
	}
}

// TestRunPassesThrough gives the command its directory, environment,
// standard input and output.
func TestRunPassesThrough(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("sh", "-c", `read line; echo "$line $PWD $RUSAGE_TEST_VALUE ${BIOMETRICLINT_RUSAGE_SPAWNER:-unset}"`)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "RUSAGE_TEST_VALUE=v")
	cmd.Stdin = strings.NewReader("in\n")
	var out strings.Builder
	cmd.Stdout = &out
	if _, err := Run(cmd); err != nil {
		t.Fatal(err)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "in "+real+" v unset\n"; got != want && got != "in "+dir+" v unset\n" {
		t.Errorf("output %q, want %q", got, want)
	}
}

// TestHelperAllocate is the process TestRun measures.
func TestHelperAllocate(t *testing.T) {
	if os.Getenv("RUSAGE_HELPER_ALLOCATE") == "" {
		return
	}
	b := make([]byte, 64<<20)
	for i := range b {
		b[i] = 1
	}
	if b[len(b)-1] != 1 {
		os.Exit(1)
	}
}
