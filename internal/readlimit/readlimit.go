// Package readlimit reads the files of a tree biometriclint does not own
// with a bound on their size: a 3 GB file, which costs nothing to make
// (a sparse one), would otherwise take the memory of the machine, and a
// named pipe or a device would never end.
package readlimit

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

// Max is the most read of one file: 64 MiB. The largest Go file of an
// 18 GB module cache had under 16 MB, the largest C file 9.4 MB (SQLite's
// amalgamation).
const Max = 64 << 20

// TooLarge is the error for a file of more than Max bytes.
type TooLarge struct{ Size int64 }

func (e *TooLarge) Error() string {
	return fmt.Sprintf("%d bytes, more than the %d MiB read of one file: not read", e.Size, Max>>20)
}

// ErrNotRegular is the error for a file that is no regular file.
var ErrNotRegular = errors.New("not a regular file: not read")

// ReadFile reads the regular file name whole, unless it holds more than
// Max bytes (*TooLarge) or is no regular file (ErrNotRegular); both come
// in an *os.PathError that names the file, as the os package's errors do.
func ReadFile(name string) ([]byte, error) {
	return read(name, false)
}

// Prefix reads the regular file name, its first Max bytes when it holds
// more: for a file read for its directives, which come first.
func Prefix(name string) ([]byte, error) {
	return read(name, true)
}

func read(name string, prefix bool) ([]byte, error) {
	// Non-blocking, so that opening a named pipe does not wait for a
	// writer; a regular file reads as usual.
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &os.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	if fi.Size() > Max && !prefix {
		return nil, &os.PathError{Op: "read", Path: name, Err: &TooLarge{Size: fi.Size()}}
	}
	// As os.ReadFile does: one buffer of the size found, one byte more to
	// see the end, then more while the file grows.
	data := make([]byte, 0, min(fi.Size(), Max)+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if len(data) > Max { // it grew since the stat
			if !prefix {
				return nil, &os.PathError{Op: "read", Path: name, Err: &TooLarge{Size: int64(len(data))}}
			}
			return data[:Max:Max], nil
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
	return data, nil
}
