package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/internal/load"
)

// profileTargets runs biometriclint's typed pipeline on each target in
// process: the same load (internal/load) and x/tools checker as the
// command, with every analyzer of the suite, as installed. It writes a CPU
// profile of the whole run and a heap profile of what the run holds at its
// end, and prints how the wall time splits between loading and analysis,
// and what parsing alone costs (the floor of the audit). The checker's
// per-action durations are not used: actions run in parallel and their
// durations include waiting for a CPU.
func profileTargets(tgs []target, dirs map[string]string, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	as := suite.Analyzers()
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
		res, err := load.Load(&packages.Config{
			Dir: dirs[tg.name],
			Env: append(os.Environ(), "GOPROXY=off", "GOWORK=off"),
		}, as, catalog.Default(), "./...")
		loaded := time.Since(start)
		if err == nil {
			_, err = checker.Analyze(as, res.Graph, nil)
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
		// What the run holds at its end (the checker keeps every result
		// until then): the live heap by allocation site.
		if err := writeHeap(filepath.Join(out, tg.name+".heap.pprof")); err != nil {
			return err
		}
		fmt.Printf("%s: %d packages, load %s with %d dependencies from source for facts; load %.2fs, analysis %.2fs (wall, %d goroutines max %d CPUs); heap %d MB; profile %s\n",
			tg.name, len(res.Packages), res.Mode, len(res.Source), loaded.Seconds(), (total - loaded).Seconds(), runtime.NumGoroutine(), runtime.GOMAXPROCS(0), ms.HeapAlloc>>20, path)
		n, full, imports, err := parseFloor(dirs[tg.name])
		if err != nil {
			return err
		}
		fmt.Printf("  parse floor of the audit: %d files parsed in %.2fs (whole files), %.2fs (imports only), one at a time\n", n, full.Seconds(), imports.Seconds())
	}
	return nil
}

func writeHeap(path string) error {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
