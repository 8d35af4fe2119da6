package audit

import (
	"runtime"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// dirResult is what parsing and analysing one directory made.
type dirResult struct {
	problems []*output.Problem
	pkgs     []*analysed
}

// eachDir parses and analyses dirs on every CPU, and hands each result to
// consume in the order of dirs, on the calling goroutine: the report is
// the same whatever the number of CPUs and whichever directory finishes
// first. Parsing is most of an audit's time, and directories are
// independent. At most a few directories per CPU wait to be consumed, so
// that the syntax alive at once stays bounded.
func (a *auditor) eachDir(dirs []*dir, pl *plan, consume func(i int, d *dir, r *dirResult)) {
	workers := runtime.GOMAXPROCS(0)
	results := make([]*dirResult, len(dirs))
	done := make([]chan struct{}, len(dirs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	window := make(chan struct{}, 2*workers) // directories started and not yet consumed
	jobs := make(chan int)
	go func() {
		for i := range dirs {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for range workers {
		go func() {
			for i := range jobs {
				results[i] = a.analyseDir(dirs[i], pl)
				close(done[i])
			}
		}()
	}
	for i, d := range dirs {
		<-done[i]
		consume(i, d, results[i])
		results[i] = nil
		<-window
	}
}

// analyseDir parses the packages of d and runs the analyzers of pl on each.
func (a *auditor) analyseDir(d *dir, pl *plan) *dirResult {
	pkgs, problems := a.parseDir(d)
	r := &dirResult{problems: problems}
	for _, p := range pkgs {
		r.pkgs = append(r.pkgs, a.analyse(p, pl))
	}
	return r
}
