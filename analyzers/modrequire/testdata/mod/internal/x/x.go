// Package a is the first package of the module: it reports go.mod.
package a
