package rusage

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// usage reads the rusage that wait4 returned: on Linux it covers the
// process and the children it waited for, and ru_maxrss is in kilobytes.
func usage(ps *os.ProcessState) (time.Duration, int64, error) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return 0, 0, fmt.Errorf("rusage: no resource usage for process %d", ps.Pid())
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return cpu, ru.Maxrss * 1024, nil
}
