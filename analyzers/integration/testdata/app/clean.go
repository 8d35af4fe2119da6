// Package app is the module the integration tests lint: each file holds
// one case, and the tests list the findings it must produce.
package app

// Greet uses no biometric SDK: a commit of this file alone is clean.
func Greet(name string) string { return "hello, " + name }
