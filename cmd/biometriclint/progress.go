package main

import (
	"fmt"
	"os"
)

// progress reports what a long run is doing on standard error, on one
// line rewritten in place, only when standard error is a terminal: logs
// and redirected output stay clean.
type progress struct {
	on bool
}

func newProgress() *progress {
	fi, err := os.Stderr.Stat()
	return &progress{on: err == nil && fi.Mode()&os.ModeCharDevice != 0}
}

// show replaces the progress line with msg.
func (p *progress) show(msg string) {
	if p.on {
		fmt.Fprintf(os.Stderr, "\r\033[K%s", msg)
	}
}

// done clears the progress line.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(os.Stderr, "\r\033[K")
	}
}

// fn returns show, or nil when progress is off.
func (p *progress) fn() func(string) {
	if !p.on {
		return nil
	}
	return p.show
}
