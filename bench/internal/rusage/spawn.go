package rusage

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// The kernel counts in the peak RSS of a program the peak of the process
// it replaced: exec records the high-water mark of the old address space.
// After a vfork, the way os/exec starts a process, that space is the
// parent's: a harness that once held a 50 MB file would see every command
// it measures at 50 MB at least (the go vet variants read biometriclint's
// binary). Run therefore measures a command from a spawner: this program
// again, started afresh, whose peak is its start-up's, a few MB below any
// command measured. The spawner starts the command, waits for it, reports
// its usage on a pipe and exits.

// spawnEnv, set in a process's environment, makes it a spawner (SpawnMain).
const spawnEnv = "BIOMETRICLINT_RUSAGE_SPAWNER"

// SpawnMain makes the process a spawner when Run started it as one: it
// runs the command of its arguments and exits. A program that calls Run
// calls SpawnMain first in main (and in TestMain), before anything that
// would raise its own peak.
func SpawnMain() {
	if os.Getenv(spawnEnv) == "" {
		return
	}
	if err := spawn(os.NewFile(3, "report"), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "rusage spawner:", err)
		os.Exit(2)
	}
	os.Exit(0)
}

// spawn runs the command args (its path, then its argv), with the
// spawner's directory, standard files and environment but spawnEnv, and
// writes to report its wall time, CPU time, peak RSS and exit code, or
// why it did not start.
func spawn(report *os.File, args []string) error {
	defer report.Close()
	if len(args) < 2 {
		return errors.New("no command to run")
	}
	cmd := &exec.Cmd{
		Path: args[0], Args: args[1:],
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Env: slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, spawnEnv+"=") }),
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		_, werr := fmt.Fprintf(report, "error %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
		return werr
	}
	cmd.Wait() // an exit code other than 0 is reported, not an error here
	wall := time.Since(start)
	cpu, rss, err := usage(cmd.ProcessState)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(report, "ok %d %d %d %d\n", wall, cpu, rss, cmd.ProcessState.ExitCode())
	return err
}

// spawned runs cmd from a spawner and returns its sample and exit code.
func spawned(cmd *exec.Cmd) (Sample, int, error) {
	if cmd.Err != nil {
		return Sample{}, 0, cmd.Err
	}
	self, err := os.Executable()
	if err != nil {
		return Sample{}, 0, err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return Sample{}, 0, err
	}
	defer r.Close()
	sp := exec.Command(self, append([]string{cmd.Path}, cmd.Args...)...)
	sp.Dir, sp.Stdin, sp.Stdout, sp.Stderr = cmd.Dir, cmd.Stdin, cmd.Stdout, cmd.Stderr
	env := cmd.Env
	if env == nil {
		env = os.Environ()
	}
	sp.Env = append(slices.Clip(env), spawnEnv+"=1")
	sp.ExtraFiles = []*os.File{w}
	err = sp.Start()
	w.Close()
	if err != nil {
		return Sample{}, 0, err
	}
	line, rerr := bufio.NewReader(r).ReadString('\n')
	if err := sp.Wait(); err != nil {
		return Sample{}, 0, fmt.Errorf("spawner of %s: %v", cmd, err)
	}
	if rerr != nil && rerr != io.EOF {
		return Sample{}, 0, rerr
	}
	if msg, ok := strings.CutPrefix(line, "error "); ok {
		return Sample{}, 0, fmt.Errorf("%s: %s", cmd, strings.TrimSpace(msg))
	}
	var s Sample
	var code int
	if _, err := fmt.Sscanf(line, "ok %d %d %d %d\n", &s.Wall, &s.CPU, &s.MaxRSS, &code); err != nil {
		return Sample{}, 0, fmt.Errorf("spawner of %s: report %q: %v", cmd, line, err)
	}
	return s, code, nil
}
