// Package scratch is ignored by the go command.
package scratch
