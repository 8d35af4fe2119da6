package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/bench/internal/peerconf"
	"github.com/biometriclint/biometriclint/bench/internal/rusage"
)

func main() {
	rusage.SpawnMain() // first: a spawner's peak RSS must be its start-up's
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run() error {
	runs := flag.Int("runs", 5, "measured runs of each variant on each target")
	targetList := flag.String("targets", "std,tools,sdk,jaeger", "comma-separated targets: "+names(targets, func(t target) string { return t.name }))
	variantList := flag.String("variants", "", "comma-separated variants (default all but before; before with -before): "+names(variants, func(v variant) string { return v.name }))
	before := flag.String("before", "", "also run this biometriclint `binary` as the before variant (typed+indirect's command), e.g. one built from the commit before a change")
	work := flag.String("work", ".cache/bench", "workspace `dir` (binaries, targets, configurations, reports)")
	gcl := flag.String("gcl", ".cache/custom-gcl/custom-gcl", "custom golangci-lint `binary` with the plugin (built by scripts/setup.d/40-golangci.sh)")
	out := flag.String("o", "", "also write the Markdown results to `file`")
	profile := flag.Bool("profile", false, "profile biometriclint's typed pipeline in process instead of measuring the variants")
	flag.Parse()
	if *runs < 1 {
		return fmt.Errorf("-runs must be at least 1")
	}
	if _, err := os.Stat(filepath.Join("bench", "testdata", "sdkapp.txtar")); err != nil {
		return fmt.Errorf("run from the repository root (bench/run does): %v", err)
	}
	tgs, err := pick(targets, *targetList, func(t target) string { return t.name })
	if err != nil {
		return err
	}
	if *variantList == "" {
		var all []string
		for _, v := range variants {
			if v.name != "before" || *before != "" {
				all = append(all, v.name)
			}
		}
		*variantList = strings.Join(all, ",")
	}
	vs, err := pick(variants, *variantList, func(v variant) string { return v.name })
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(*work)
	if err != nil {
		return err
	}
	dirs := map[string]string{}
	for _, tg := range tgs {
		fmt.Fprintf(os.Stderr, "bench: preparing %s\n", tg.name)
		dir, err := tg.prepare(abs)
		if err != nil {
			return fmt.Errorf("preparing %s: %v", tg.name, err)
		}
		dirs[tg.name] = dir
	}
	if *profile {
		return profileTargets(tgs, dirs, filepath.Join(abs, "profiles"))
	}
	t, err := setup(abs, *gcl, *before, vs)
	if err != nil {
		return err
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = io.MultiWriter(os.Stdout, f)
	}
	fmt.Fprint(w, machine())
	for _, tg := range tgs {
		res, err := measure(t, vs, dirs[tg.name], *runs)
		if err != nil {
			return fmt.Errorf("%s: %v", tg.name, err)
		}
		report(w, tg, res, *runs)
	}
	return nil
}

// setup builds biometriclint from this tree and writes the golangci-lint
// configurations generated from the catalog.
func setup(work, gcl, before string, vs []variant) (*tools, error) {
	t := &tools{
		biometriclint: filepath.Join(work, "bin", "biometriclint"),
		peersConf:     filepath.Join(work, "conf", "peers.yml"),
		pluginConf:    filepath.Join(work, "conf", "plugin-syntax.yml"),
		pluginAllConf: filepath.Join(work, "conf", "plugin-all.yml"),
		gclCache:      filepath.Join(work, "golangci-cache"),
		out:           filepath.Join(work, "out"),
	}
	for _, d := range []string{filepath.Dir(t.peersConf), t.out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	build := exec.Command("go", "build", "-trimpath", "-o", t.biometriclint, "./cmd/biometriclint")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return nil, fmt.Errorf("building biometriclint: %v", err)
	}
	if slices.ContainsFunc(vs, func(v variant) bool { return v.name == "before" }) {
		if before == "" {
			return nil, fmt.Errorf("the before variant needs -before")
		}
		abs, err := filepath.Abs(before)
		if err != nil {
			return nil, err
		}
		t.before = abs
	}
	if slices.ContainsFunc(vs, func(v variant) bool { return v.golangci }) {
		abs, err := filepath.Abs(gcl)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(abs); err != nil {
			return nil, fmt.Errorf("%v: build it with bash scripts/setup.d/40-golangci.sh", err)
		}
		t.gcl = abs
		// The warm variants' cache starts empty: one left by another
		// build of the plugin would hold its findings.
		if err := os.RemoveAll(t.gclCache + "-warm"); err != nil {
			return nil, err
		}
	}
	if err := writeFile(t.peersConf, func(w io.Writer) error { return peerconf.Peers(w, catalog.Default(), false) }); err != nil {
		return nil, err
	}
	var all []string
	needs := map[string]suite.Needs{}
	for _, c := range suite.Checks() {
		all = append(all, c.Analyzer.Name)
		needs[c.Analyzer.Name] = c.Needs
	}
	syntaxOnly := func(name string) bool { return needs[name] == suite.Syntax }
	if err := writeFile(t.pluginConf, func(w io.Writer) error { return peerconf.Plugin(w, all, syntaxOnly, false) }); err != nil {
		return nil, err
	}
	every := func(string) bool { return true }
	if err := writeFile(t.pluginAllConf, func(w io.Writer) error { return peerconf.Plugin(w, all, every, false) }); err != nil {
		return nil, err
	}
	return t, nil
}

// minSample is the least wall time a sample spans: a variant that runs
// faster is run several times in each round, and its sample is their mean
// (rusage.Mean). A process of 10 ms varies by a few ms from run to run
// (scheduling, page faults), which made the median of five single runs of
// the sdk target's audit move by a quarter.
const minSample = 500 * time.Millisecond

// maxBatch bounds the runs of one sample.
const maxBatch = 50

// batch returns how many runs make one sample of a variant whose warm-up
// run took warm.
func batch(warm time.Duration) int {
	if warm <= 0 {
		return maxBatch
	}
	return int(min(maxBatch, max(1, (minSample+warm-1)/warm)))
}

// measured holds the samples of each variant, and how many runs each of
// its samples is the mean of.
type measured struct {
	samples map[string][]rusage.Sample
	batch   map[string]int
}

// measure runs every variant once untimed (to warm the Go build cache:
// export data, the go list cache, and to size its batch), then takes runs
// samples of each, one per round, in rotating order.
func measure(t *tools, vs []variant, dir string, runs int) (*measured, error) {
	res := &measured{samples: map[string][]rusage.Sample{}, batch: map[string]int{}}
	one := func(v *variant) (rusage.Sample, error) {
		cmd, err := v.command(t, dir)
		if err != nil {
			return rusage.Sample{}, err
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		s, err := rusage.Run(cmd, v.okExit...)
		if err != nil {
			return s, fmt.Errorf("%s: %v\n%s", v.name, err, tail(stderr.String(), 2000))
		}
		return s, nil
	}
	for i := range vs {
		fmt.Fprintf(os.Stderr, "bench: %s: warm-up %s\n", filepath.Base(dir), vs[i].name)
		s, err := one(&vs[i])
		if err != nil {
			return nil, err
		}
		res.batch[vs[i].name] = batch(s.Wall)
	}
	most := 0
	for _, n := range res.batch {
		most = max(most, n)
	}
	for r := range runs {
		// The runs of a round alternate between the variants, so that a
		// slow spell of the machine falls on all of them: with batches, a
		// variant's runs are spread over the round, not run in a block.
		batches := map[string][]rusage.Sample{}
		for j := range most {
			for k := range vs {
				v := &vs[(r+k)%len(vs)]
				if j >= res.batch[v.name] {
					continue
				}
				s, err := one(v)
				if err != nil {
					return nil, err
				}
				batches[v.name] = append(batches[v.name], s)
			}
		}
		for k := range vs {
			v := &vs[(r+k)%len(vs)]
			s := rusage.Mean(batches[v.name])
			fmt.Fprintf(os.Stderr, "bench: %s: round %d %-20s %6.3fs wall %6.3fs cpu %5d MB (mean of %d)\n", filepath.Base(dir), r+1, v.name,
				s.Wall.Seconds(), s.CPU.Seconds(), s.MaxRSS>>20, len(batches[v.name]))
			res.samples[v.name] = append(res.samples[v.name], s)
		}
	}
	return res, nil
}

// ratios are the comparisons the targets are stated in: numerator and
// denominator variants.
var ratios = [][2]string{
	{"typed", "floor"},
	{"typed+indirect", "floor"},
	{"typed+indirect", "typed"},
	{"before", "floor"},
	{"typed+indirect", "before"},
	{"typed", "audit"},
	{"audit", "audit-floor"},
	{"vet", "vet-floor"},
	{"depguard+forbidigo", "typed"},
	{"plugin-syntax", "audit"},
	{"plugin-indirect", "typed+indirect"},
	{"plugin-indirect-warm", "typed+indirect"},
}

func report(w io.Writer, tg target, res *measured, runs int) {
	fmt.Fprintf(w, "\n### %s: %s\n\n", tg.name, tg.desc)
	fmt.Fprintf(w, "Medians of %d samples; a sample is one run, or the mean of several in a round when one run is short.\n\n", runs)
	fmt.Fprintln(w, "| variant | runs per sample | wall | CPU (user+sys) | peak RSS | wall, all samples |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | --- |")
	for _, v := range variants {
		ss, ok := res.samples[v.name]
		if !ok {
			continue
		}
		m := rusage.Median(ss)
		var all []string
		for _, s := range ss {
			all = append(all, seconds(s.Wall))
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %d MB | %s |\n", v.name, res.batch[v.name], secs(m.Wall), secs(m.CPU), m.MaxRSS>>20, strings.Join(all, " "))
	}
	fmt.Fprintln(w, "\nRatios are the medians of the rounds' ratios (rusage.PairedRatio): a slow spell of the machine slows both sides of a round. The last column gives every round's CPU ratio, in order.")
	fmt.Fprintln(w, "\n| ratio | wall | CPU | peak RSS | CPU, all rounds |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | --- |")
	for _, r := range ratios {
		a, okA := res.samples[r[0]]
		b, okB := res.samples[r[1]]
		if !okA || !okB {
			continue
		}
		qs := rusage.Rounds(a, b)
		q := rusage.MedianRatio(qs)
		var rounds []string
		for _, qr := range qs {
			rounds = append(rounds, fmt.Sprintf("%.2f", qr.CPU))
		}
		fmt.Fprintf(w, "| %s / %s | %.2f× | %.2f× | %.2f× | %s |\n", r[0], r[1], q.Wall, q.CPU, q.MaxRSS, strings.Join(rounds, " "))
	}
}

func secs(d time.Duration) string { return seconds(d) + " s" }

// seconds prints d in seconds, with three digits for short times: 0.01
// would hide a tenth of a short run.
func seconds(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%.3f", d.Seconds())
	}
	return fmt.Sprintf("%.2f", d.Seconds())
}

func writeFile(path string, fn func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func names[T any](list []T, name func(T) string) string {
	var ns []string
	for _, x := range list {
		ns = append(ns, name(x))
	}
	return strings.Join(ns, ",")
}

// pick returns the elements of list named in the comma-separated sel, in
// list order; an unknown name is an error.
func pick[T any](list []T, sel string, name func(T) string) ([]T, error) {
	want := strings.Split(sel, ",")
	var out []T
	for _, x := range list {
		if slices.Contains(want, name(x)) {
			out = append(out, x)
		}
	}
	for _, w := range want {
		if !slices.ContainsFunc(list, func(x T) bool { return name(x) == w }) {
			return nil, fmt.Errorf("unknown name %q (want some of %s)", w, names(list, name))
		}
	}
	return out, nil
}
