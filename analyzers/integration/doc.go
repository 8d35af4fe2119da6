// Package integration holds the end-to-end tests of the ways users run
// biometriclint outside its own command line: as a go vet tool, inside a
// custom golangci-lint, as a pre-commit hook and as a plain git hook. They
// run the real tools (scripts/test installs them first) on the module in
// testdata/app and fail, never skip, when a tool is missing.
//
// The package has no code of its own: it lives under analyzers/ so that
// the tests word the expected findings through the same internal
// packages as the analyzers, not through copies of their messages.
package integration
