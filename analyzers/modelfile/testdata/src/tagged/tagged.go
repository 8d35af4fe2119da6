// Package tagged loads a face model only on Windows.
package tagged

// Version is built everywhere.
const Version = "1"
