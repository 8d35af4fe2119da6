// Package rusage measures commands: wall time, CPU time and peak resident
// memory, as /usr/bin/time -v reports them, and summarises repeated
// measurements by their median.
package rusage

import (
	"fmt"
	"os/exec"
	"slices"
	"time"
)

// Sample is one measured run.
type Sample struct {
	Wall time.Duration
	CPU  time.Duration // user + system, the command and the children it waited for
	// MaxRSS is the peak resident set size in bytes of the largest single
	// process among the command and its waited-for children (the go
	// command's go list, the compiler), not their sum.
	MaxRSS int64
}

// Run runs cmd to completion and measures it, from a spawner (SpawnMain,
// which the program must call first). okExit lists the exit codes that
// count as success (0 is always one): linters exit non-zero when they
// report findings.
func Run(cmd *exec.Cmd, okExit ...int) (Sample, error) {
	s, code, err := spawned(cmd)
	if err != nil {
		return Sample{}, err
	}
	if code != 0 && !slices.Contains(okExit, code) {
		return Sample{}, fmt.Errorf("%s: exit status %d", cmd, code)
	}
	return s, nil
}

// Median returns the per-field medians of samples (each field on its own).
// With an even number of samples it is the mean of the two middle ones.
func Median(samples []Sample) Sample {
	if len(samples) == 0 {
		return Sample{}
	}
	return Sample{
		Wall:   time.Duration(medianOf(samples, func(s Sample) int64 { return int64(s.Wall) })),
		CPU:    time.Duration(medianOf(samples, func(s Sample) int64 { return int64(s.CPU) })),
		MaxRSS: medianOf(samples, func(s Sample) int64 { return s.MaxRSS }),
	}
}

// medianOf returns the median of field over xs, which is not empty: the
// mean of the two middle values when there is an even number.
func medianOf[X any, T int64 | float64](xs []X, field func(X) T) T {
	v := make([]T, len(xs))
	for i, x := range xs {
		v[i] = field(x)
	}
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// Mean returns one run's share of samples taken back to back: the mean
// wall and CPU time, and the largest peak RSS (a peak is not shared).
func Mean(samples []Sample) Sample {
	if len(samples) == 0 {
		return Sample{}
	}
	var m Sample
	for _, s := range samples {
		m.Wall += s.Wall
		m.CPU += s.CPU
		m.MaxRSS = max(m.MaxRSS, s.MaxRSS)
	}
	n := time.Duration(len(samples))
	m.Wall /= n
	m.CPU /= n
	return m
}

// Ratio is a's fields divided by b's.
type Ratio struct{ Wall, CPU, MaxRSS float64 }

// Divide returns a / b field by field; a zero divisor gives 0.
func Divide(a, b Sample) Ratio {
	div := func(x, y int64) float64 {
		if y == 0 {
			return 0
		}
		return float64(x) / float64(y)
	}
	return Ratio{
		Wall:   div(int64(a.Wall), int64(b.Wall)),
		CPU:    div(int64(a.CPU), int64(b.CPU)),
		MaxRSS: div(a.MaxRSS, b.MaxRSS),
	}
}

// Rounds returns a[i] / b[i] for every round i, the ratios PairedRatio
// (MedianRatio) takes the median of: their spread shows how far one run
// of the harness can be trusted. nil when a and b are not as long, or
// empty.
func Rounds(a, b []Sample) []Ratio {
	if len(a) != len(b) || len(a) == 0 {
		return nil
	}
	qs := make([]Ratio, len(a))
	for i := range a {
		qs[i] = Divide(a[i], b[i])
	}
	return qs
}

// PairedRatio returns the per-field median of a[i] / b[i]: the ratio of
// samples taken side by side (in one round), so that a slow spell of the
// machine, which slows both, cancels out. The medians of a and b divided
// keep it when it falls on different rounds for each. a and b must be as
// long; the result is zero when they are not, or empty.
func PairedRatio(a, b []Sample) Ratio { return MedianRatio(Rounds(a, b)) }

// MedianRatio returns the per-field median of the rounds' ratios qs (as
// Rounds returns them), zero when there are none: PairedRatio for a caller
// that has the rounds already.
func MedianRatio(qs []Ratio) Ratio {
	if len(qs) == 0 {
		return Ratio{}
	}
	return Ratio{
		Wall:   medianOf(qs, func(q Ratio) float64 { return q.Wall }),
		CPU:    medianOf(qs, func(q Ratio) float64 { return q.CPU }),
		MaxRSS: medianOf(qs, func(q Ratio) float64 { return q.MaxRSS }),
	}
}
