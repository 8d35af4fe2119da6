// Package provenance says what a report is about and how it was made: the
// tree's version-control revision and whether it had uncommitted changes,
// the date, the tool's version from its build information. A reviewer who
// archives a report can tell which code, which tool and which catalog
// produced it.
//
// The scanned tree may be hostile, its .git included. The revision is read
// from the files of .git (HEAD, refs, packed-refs), which runs nothing.
// Whether the tree is dirty needs git status, run with the system's git,
// without optional locks (so that it writes nothing and runs no hook),
// with core.fsmonitor and core.hooksPath overridden, and only when the
// repository's own configuration defines no command git could run
// (filter drivers, fsmonitor, includes); otherwise the state is reported
// as unknown, with the reason.
package provenance
