package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/indirect"
	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// profileTargets runs biometriclint's typed pipeline on each target in
// process: the same go/packages load (LoadSyntax) and x/tools checker as
// the command, with the suite's analyzers but indirect. It writes a CPU
// profile of the whole run and prints how the time splits between loading
// and each analyzer (the checker times every action).
func profileTargets(tgs []target, dirs map[string]string, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var as []*analysis.Analyzer
	for _, a := range suite.Analyzers() {
		if a != indirect.Analyzer {
			as = append(as, a)
		}
	}
	for _, tg := range tgs {
		path := filepath.Join(out, tg.name+".cpu.pprof")
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		start := time.Now()
		pkgs, err := packages.Load(&packages.Config{
			Mode: packages.LoadSyntax | packages.NeedModule,
			Dir:  dirs[tg.name],
			Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off"),
		}, "./...")
		loaded := time.Since(start)
		var graph *checker.Graph
		if err == nil {
			graph, err = checker.Analyze(as, pkgs, nil)
		}
		total := time.Since(start)
		pprof.StopCPUProfile()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %v", tg.name, err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Printf("%s: %d packages; load %.2fs, analysis %.2fs (wall, %d goroutines max %d CPUs); heap %d MB; profile %s\n",
			tg.name, len(pkgs), loaded.Seconds(), (total - loaded).Seconds(), runtime.NumGoroutine(), runtime.GOMAXPROCS(0), ms.HeapAlloc>>20, path)
		for _, at := range analyzerTimes(graph) {
			fmt.Printf("  %-12s %8.3fs summed over %d actions\n", at.name, at.d.Seconds(), at.n)
		}
		graph = nil
		runtime.GC()
	}
	return nil
}

type analyzerTime struct {
	name string
	d    time.Duration
	n    int
}

// analyzerTimes sums the checker's per-action durations by analyzer,
// prerequisites (inspect, ignored) included, slowest first.
func analyzerTimes(g *checker.Graph) []analyzerTime {
	by := map[string]*analyzerTime{}
	for act := range g.All() {
		at := by[act.Analyzer.Name]
		if at == nil {
			at = &analyzerTime{name: act.Analyzer.Name}
			by[act.Analyzer.Name] = at
		}
		at.d += act.Duration
		at.n++
	}
	var list []analyzerTime
	for _, at := range by {
		list = append(list, *at)
	}
	slices.SortFunc(list, func(a, b analyzerTime) int {
		return cmp.Or(cmp.Compare(b.d, a.d), cmp.Compare(a.name, b.name))
	})
	return list
}
