//go:build !linux

package rusage

import (
	"errors"
	"os"
	"time"
)

// usage is only implemented on Linux, where ru_maxrss has a known unit.
func usage(*os.ProcessState) (time.Duration, int64, error) {
	return 0, 0, errors.New("rusage: peak memory is only measured on Linux")
}
