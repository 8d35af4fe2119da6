// Package golangci is biometriclint's golangci-lint v2 module plugin.
//
// A custom golangci-lint binary that blank-imports this package gets a
// linter named "biometriclint" that runs every analyzer of
// [suite.Analyzers], configured under linters.settings.custom.biometriclint
// in .golangci.yml (type: module). Its settings are those of
// .biometriclint.yml, read and applied by package policy, so one schema
// serves the command and golangci-lint. docs/integrations.md shows how to
// build the binary and the configuration users copy.
//
// The plugin asks golangci-lint for the cheaper "syntax" load mode when
// every enabled analyzer works from syntax alone (see loadmode.go), and for
// "typesinfo" otherwise.
package golangci
