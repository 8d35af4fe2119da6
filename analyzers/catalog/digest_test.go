package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"testing/fstest"
)

// TestEmbeddedDigest recomputes the digest of the data directory from the
// files on disk, as a reviewer would, and wants the embedded one.
func TestEmbeddedDigest(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("data", "*.yaml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(filepath.ToSlash(name) + "\x00" + strconv.Itoa(len(data)) + "\x00"))
		h.Write(data)
	}
	if want := "sha256:" + hex.EncodeToString(h.Sum(nil)); EmbeddedDigest() != want {
		t.Errorf("EmbeddedDigest() = %s, want %s", EmbeddedDigest(), want)
	}
}

// TestDigestChanges wants a different digest for any change of a name or
// a content, moving bytes between files included.
func TestDigestChanges(t *testing.T) {
	digests := map[string]string{}
	for name, fsys := range map[string]fstest.MapFS{
		"base":    {"data/a.yaml": {Data: []byte("ab")}, "data/b.yaml": {Data: []byte("c")}},
		"content": {"data/a.yaml": {Data: []byte("ab")}, "data/b.yaml": {Data: []byte("d")}},
		"moved":   {"data/a.yaml": {Data: []byte("a")}, "data/b.yaml": {Data: []byte("bc")}},
		"renamed": {"data/a.yaml": {Data: []byte("ab")}, "data/c.yaml": {Data: []byte("c")}},
	} {
		d, err := Digest(fsys, "data/*.yaml")
		if err != nil {
			t.Fatal(err)
		}
		for other, od := range digests {
			if od == d {
				t.Errorf("%s and %s have the same digest %s", name, other, d)
			}
		}
		digests[name] = d
	}
}
