package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"sort"
	"strconv"
)

// EmbeddedDigest identifies the catalog data embedded in the program: the
// SHA-256 of its data files, name and content, in lexical order, written
// "sha256:HEX". Reports carry it so that a reader knows which catalog made
// their findings, whatever version string the program has. It is computed
// when embedded.go is generated, not by every run: hashing the data cost
// each report most of a millisecond.
func EmbeddedDigest() string { return embeddedDigest }

// Digest is the SHA-256 of the files of fsys that match pattern: each
// file's name, a NUL, its length and content, in lexical order of names.
func Digest(fsys fs.FS, pattern string) (string, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		h.Write([]byte(name))
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(len(data)) + "\x00"))
		h.Write(data)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}
