// Package voiceid is a hermetic stub of the Amazon Connect Voice ID package
// of the AWS SDK for Go v2: importing it is the finding.
package voiceid

type Options struct{}
