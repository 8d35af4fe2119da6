// Package tagged calls Luxand only in a build with the facecam tag.
package tagged

// Version is built everywhere.
const Version = "1"
