// Package problems explains why packages could not be fully analysed, one
// line per root cause: a C library that pkg-config does not find, a module
// that is not in the module cache with the command that fetches it, a
// directory outside any module, a syntax error with its position. The go
// command and the type checker report each cause once per package it
// reaches, wrapped in their own framing ("err: exit status 1: stderr:",
// "# package" headers) and followed by every type error it entails; the
// raw text is kept for the -v flag.
package problems
