package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// machine describes where the numbers were taken, as a Markdown paragraph:
// they mean nothing without it.
func machine() string {
	cpu := procField("/proc/cpuinfo", "model name")
	mem := procField("/proc/meminfo", "MemTotal")
	load, _ := os.ReadFile("/proc/loadavg")
	return fmt.Sprintf("Measured %s: %s, %s/%s, %d logical CPUs (%s), memory %s, load average at start %s.\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), runtime.Version(), runtime.GOOS, runtime.GOARCH,
		runtime.NumCPU(), orUnknown(cpu), orUnknown(mem), orUnknown(strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " ")))
}

func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
