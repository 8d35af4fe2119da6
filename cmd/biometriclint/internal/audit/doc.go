// Package audit analyses a source tree without building it, for reviewers
// of code they did not write and must not execute: it runs no go command,
// no compiler, no cgo and no go generate, downloads nothing and makes no
// network access. It parses every .go file whatever its build constraints,
// groups the files of a directory into packages, and runs biometriclint's
// own analyzers on a syntax-only [analysis.Pass] per package: the matching
// code is the analyzers', not a copy.
//
// In typed mode (opt-in) it loads each module with go/packages under
// GOTOOLCHAIN=local, GOPROXY=off, GOFLAGS=-mod=readonly (or -mod=vendor),
// CGO_ENABLED=0 and GOWORK=off, for the analyzers' full precision, and
// falls back to syntax for the packages that cannot be loaded.
package audit
