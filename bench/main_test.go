package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/biometriclint/biometriclint/bench/internal/rusage"
)

// TestMeasureSmoke runs the harness's measurement and report on a tiny
// module with the biometriclint variants, once each: every variant must
// run to an allowed exit and appear in the tables with its ratios. The
// timings themselves are not checked.
func TestMeasureSmoke(t *testing.T) {
	work := t.TempDir()
	bin := biometriclint(t)
	dir := filepath.Join(work, "mod")
	files := map[string]string{
		"go.mod":  "module example.com/tiny\n\ngo 1.26.0\n",
		"tiny.go": "package tiny\n\n// Model names a face detector model file.\nconst Model = \"haarcascade_frontalface_default.xml\"\n",
	}
	for name, text := range files {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	vs, err := pick(variants, "floor,typed,audit,vet-floor,vet", func(v variant) string { return v.name })
	if err != nil {
		t.Fatal(err)
	}
	tl := &tools{biometriclint: bin, out: filepath.Join(work, "out"), gclCache: filepath.Join(work, "gcl")}
	if err := os.MkdirAll(tl.out, 0o755); err != nil {
		t.Fatal(err)
	}
	res, err := measure(tl, vs, dir, 1)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	report(&b, target{name: "tiny", desc: "a one-file module"}, res, 1)
	want := []string{"| typed / floor |", "| typed / audit |", "| vet / vet-floor |"}
	for _, v := range vs {
		n := res.batch[v.name]
		if n < 1 || n > maxBatch || len(res.samples[v.name]) != 1 {
			t.Errorf("%s: %d runs per sample, %d samples; want 1 to %d runs, 1 sample", v.name, n, len(res.samples[v.name]), maxBatch)
		}
		want = append(want, fmt.Sprintf("| %s | %d |", v.name, n))
	}
	for _, want := range want {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	// The typed run found the model file; the floor, with every analyzer
	// off, found nothing.
	for name, want := range map[string]bool{"typed.txt": true, "floor.txt": false} {
		out, err := os.ReadFile(filepath.Join(tl.out, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(out), "haarcascade_frontalface_default.xml"); got != want {
			t.Errorf("%s reports the model file: %v, want %v\n%s", name, got, want, out)
		}
	}
}

// TestNewVetTool checks that every vet tool is new to the go command: it
// names a vet tool by what -V=full prints, and vet's results are cached
// under that name.
func TestNewVetTool(t *testing.T) {
	work := t.TempDir()
	tl := &tools{biometriclint: biometriclint(t), out: work}
	seen := map[string]bool{}
	// Two tools of one run of the harness, then the first of another run.
	for _, tl := range []*tools{tl, tl, {biometriclint: tl.biometriclint, out: t.TempDir()}} {
		tool, err := tl.newVetTool()
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tool, "-V=full").Output()
		if err != nil {
			t.Fatalf("%s -V=full: %v", tool, err)
		}
		// The go command names the tool by its buildID alone: the line
		// starts with the tool's path, which differs from run to run.
		_, id, ok := strings.Cut(strings.TrimSpace(string(out)), "buildID=")
		if !ok || seen[id] {
			t.Errorf("%s -V=full = %q: want a buildID none of the earlier tools had (%v)", tool, out, seen)
		}
		seen[id] = true
	}
}

// TestReport checks the tables of a report to the byte, from samples
// made up: medians, paired ratios and every round's CPU ratio.
func TestReport(t *testing.T) {
	s := func(wall, cpu time.Duration, mb int64) rusage.Sample {
		return rusage.Sample{Wall: wall * time.Millisecond, CPU: cpu * time.Millisecond, MaxRSS: mb << 20}
	}
	res := &measured{
		samples: map[string][]rusage.Sample{
			// A slow spell in round 2 slows both.
			"audit":       {s(120, 180, 39), s(240, 380, 40), s(125, 190, 39)},
			"audit-floor": {s(100, 150, 37), s(200, 300, 37), s(100, 150, 36)},
		},
		batch: map[string]int{"audit": 5, "audit-floor": 6},
	}
	var b strings.Builder
	report(&b, target{name: "tiny", desc: "made up"}, res, 3)
	want := `
### tiny: made up

Medians of 3 samples; a sample is one run, or the mean of several in a round when one run is short.

| variant | runs per sample | wall | CPU (user+sys) | peak RSS | wall, all samples |
| --- | ---: | ---: | ---: | ---: | --- |
| audit | 5 | 0.125 s | 0.190 s | 39 MB | 0.120 0.240 0.125 |
| audit-floor | 6 | 0.100 s | 0.150 s | 37 MB | 0.100 0.200 0.100 |

Ratios are the medians of the rounds' ratios (rusage.PairedRatio): a slow spell of the machine slows both sides of a round. The last column gives every round's CPU ratio, in order.

| ratio | wall | CPU | peak RSS | CPU, all rounds |
| --- | ---: | ---: | ---: | --- |
| audit / audit-floor | 1.20× | 1.27× | 1.08× | 1.20 1.27 1.27 |
`
	if got := b.String(); got != want {
		t.Errorf("report:\n%s\nwant:\n%s", got, want)
	}
}

func TestPick(t *testing.T) {
	name := func(v variant) string { return v.name }
	vs, err := pick(variants, "audit,floor", name)
	if err != nil || len(vs) != 2 || vs[0].name != "floor" || vs[1].name != "audit" {
		t.Errorf("pick(audit,floor) = %v, %v; want floor, audit in list order", vs, err)
	}
	if _, err := pick(variants, "floor,nosuch", name); err == nil {
		t.Error("pick with an unknown name: no error")
	}
}

// biometriclint returns biometriclint built from this tree, once for all
// the tests.
func biometriclint(t *testing.T) string {
	t.Helper()
	bin, err := builtBiometriclint()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

var (
	binDir             string // made by TestMain, removed after the tests
	builtBiometriclint = sync.OnceValues(func() (string, error) {
		bin := filepath.Join(binDir, "biometriclint")
		if out, err := exec.Command("go", "build", "-o", bin, "../cmd/biometriclint").CombinedOutput(); err != nil {
			return "", fmt.Errorf("building biometriclint: %v\n%s", err, out)
		}
		return bin, nil
	})
)

func TestMain(m *testing.M) {
	rusage.SpawnMain()
	dir, err := os.MkdirTemp("", "bench-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestBatch sizes samples: short runs are repeated up to a sample of
// minSample, long ones are not, and no sample has more than maxBatch runs.
func TestBatch(t *testing.T) {
	for _, c := range []struct {
		warm time.Duration
		want int
	}{
		{0, maxBatch},
		{time.Millisecond, maxBatch},
		{10 * time.Millisecond, 50},
		{30 * time.Millisecond, 17},
		{minSample / 2, 2},
		{minSample, 1},
		{time.Minute, 1},
	} {
		if got := batch(c.warm); got != c.want {
			t.Errorf("batch(%v) = %d, want %d", c.warm, got, c.want)
		}
	}
}

// TestGolangciCache: a golangci-lint variant starts from an empty cache,
// a warm one from the cache its runs before left, in a directory of its
// own, so that the cold variants do not empty it.
func TestGolangciCache(t *testing.T) {
	work := t.TempDir()
	tl := &tools{gcl: "golangci-lint", out: work, gclCache: filepath.Join(work, "gcl")}
	vs, err := pick(variants, "plugin-indirect,plugin-indirect-warm", func(v variant) string { return v.name })
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{tl.gclCache, tl.gclCache + "-warm"} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "entry"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		v       *variant
		cache   string
		emptied bool
	}{
		{&vs[0], tl.gclCache, true},
		{&vs[1], tl.gclCache + "-warm", false},
	} {
		cmd, err := c.v.command(tl, work)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(cmd.Env, "GOLANGCI_LINT_CACHE="+c.cache) {
			t.Errorf("%s: environment lacks GOLANGCI_LINT_CACHE=%s", c.v.name, c.cache)
		}
		_, err = os.Stat(filepath.Join(c.cache, "entry"))
		if emptied := os.IsNotExist(err); emptied != c.emptied {
			t.Errorf("%s: cache emptied %v, want %v", c.v.name, emptied, c.emptied)
		}
	}
}
