//go:build unix

package readlimit

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestBounds reads small files whole, refuses large ones without reading
// them (a sparse 3 GB file), reads their first Max bytes as a prefix, and
// reads no named pipe or device.
func TestBounds(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.go")
	if err := os.WriteFile(small, []byte("package small\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.h")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("#include <dlib/dnn.h>\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(3 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	pipe := filepath.Join(dir, "pipe.go")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}

	if data, err := ReadFile(small); err != nil || string(data) != "package small\n" {
		t.Errorf("ReadFile(small) = %q, %v", data, err)
	}
	var tooLarge *TooLarge
	if data, err := ReadFile(huge); !errors.As(err, &tooLarge) || tooLarge.Size != 3<<30 || data != nil {
		t.Errorf("ReadFile(huge) = %d bytes, %v; want a *TooLarge of 3 GiB", len(data), err)
	} else if got, want := err.Error(), "read "+huge+": 3221225472 bytes, more than the 64 MiB read of one file: not read"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	if data, err := Prefix(huge); err != nil || len(data) != Max || string(data[:22]) != "#include <dlib/dnn.h>\n" {
		t.Errorf("Prefix(huge) = %d bytes, %v; want the first %d", len(data), err, Max)
	}
	for _, name := range []string{pipe, "/dev/zero"} {
		for _, read := range []func(string) ([]byte, error){ReadFile, Prefix} {
			if _, err := read(name); !errors.Is(err, ErrNotRegular) {
				t.Errorf("%s: %v, want ErrNotRegular", name, err)
			}
		}
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.go")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v, want os.ErrNotExist", err)
	}
}
