package finding

import (
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
)

// A Sink receives every finding the analyzers report, with the diagnostic
// Report made of it, and decides what reaches the pass: a policy drops the
// findings it suppresses (recording them for the reports that must keep
// them) and reports the others, perhaps with a note added to the message.
// Report may be called from many passes at once.
type Sink interface {
	Report(pass *analysis.Pass, d analysis.Diagnostic, f Finding)
}

// PassSink reports every finding unchanged: the default, so analysistest,
// go vet and a run without a policy see every finding.
type PassSink struct{}

// Report calls pass.Report(d).
func (PassSink) Report(pass *analysis.Pass, d analysis.Diagnostic, _ Finding) { pass.Report(d) }

var sink atomic.Pointer[Sink]

// SetSink installs s for every later Report, process-wide; nil restores
// PassSink. A program installs its sink once, before analysis starts.
func SetSink(s Sink) {
	if s == nil {
		sink.Store(nil)
		return
	}
	sink.Store(&s)
}

func currentSink() Sink {
	if s := sink.Load(); s != nil {
		return *s
	}
	return PassSink{}
}
