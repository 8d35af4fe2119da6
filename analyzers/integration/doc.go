// Package integration holds the end-to-end tests of the ways users run
// biometriclint outside its own command line: as a go vet tool, inside a
// custom golangci-lint, as a pre-commit hook and as a plain git hook. They
// run the real tools (scripts/test installs them first) on the module in
// testdata/app and fail, never skip, when a tool is missing.
//
// The tests pin where testdata/app has findings, from which analyzer and in
// which category, check that the standalone command reports exactly those,
// and then that every integration prints the same findings with the same
// messages.
package integration
