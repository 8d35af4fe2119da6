package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/tools/txtar"

	"github.com/biometriclint/biometriclint/internal/goenv"
)

// toolsVersion is the golang.org/x/tools version benchmarked: the one
// biometriclint itself builds with, so it is usually in the module cache.
const toolsVersion = "v0.52.0"

// jaegerVersion is the Jaeger release benchmarked as a large application:
// a well-known server (a tracing back end) whose module, as the proxy
// serves it, holds its main packages and no nested module or local
// replace, and whose ./... has 230 packages and 2,236 dependency packages.
const jaegerVersion = "v1.76.0"

// target is a tree the variants run on, with "./..." as the pattern.
type target struct {
	name string
	desc string
	// prepare returns the directory to run in, fetching what it needs.
	prepare func(work string) (string, error)
}

var targets = []target{
	{"std", "the standard library (GOROOT/src, module std)", prepareStd},
	{"tools", "golang.org/x/tools " + toolsVersion + " (the main module, nested modules removed)", prepareTools},
	{"sdk", "example.com/sdkapp (bench/testdata/sdkapp.txtar): Azure, Alibaba Cloud, Tencent Cloud and AWS SDKs", prepareSDK},
	{"jaeger", "github.com/jaegertracing/jaeger " + jaegerVersion + " (a large application: 230 packages, 2,236 dependency packages)", prepareJaeger},
}

// prepareStd returns the source of the standard library of the go command
// on PATH, the one the variants run.
func prepareStd(string) (string, error) {
	root, err := goenv.Var("GOROOT")
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "src"), nil
}

// prepareTools copies the x/tools module from the module cache (downloading
// it through the proxy if needed) into a writable directory, removes its
// nested modules, which ./... does not cover but an audit of the tree
// would, and downloads its dependencies.
func prepareTools(work string) (string, error) {
	return prepareModule(work, "tools", "golang.org/x/tools", toolsVersion, false)
}

// prepareJaeger does the same with Jaeger's module, and builds it once:
// it must build, and the build fills the cache with the export data that
// the floor reads.
func prepareJaeger(work string) (string, error) {
	return prepareModule(work, "jaeger", "github.com/jaegertracing/jaeger", jaegerVersion, true)
}

// prepareModule copies module path@version, as the proxy serves it, into
// work/name as a main module, and downloads its dependencies.
func prepareModule(work, name, path, version string, build bool) (string, error) {
	dir := filepath.Join(work, name)
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		return dir, nil
	}
	out, err := goCmd("", "mod", "download", "-json", path+"@"+version)
	if err != nil {
		return "", err
	}
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal(out, &mod); err != nil {
		return "", err
	}
	src := mod.Dir
	if src == "" {
		return "", fmt.Errorf("go mod download printed no Dir for %s@%s: %s", path, version, mod.Error)
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		return "", err
	}
	if err := removeNestedModules(dir); err != nil {
		return "", err
	}
	if _, err := goCmd(dir, "mod", "download"); err != nil {
		return "", err
	}
	if build {
		if _, err := goCmd(dir, "build", "./..."); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// prepareSDK writes the SDK module and resolves its dependencies through the
// module proxy (go mod tidy).
func prepareSDK(work string) (string, error) {
	dir := filepath.Join(work, "sdkapp")
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		return dir, nil
	}
	ar, err := txtar.ParseFile(filepath.Join("bench", "testdata", "sdkapp.txtar"))
	if err != nil {
		return "", err
	}
	fsys, err := txtar.FS(ar)
	if err != nil {
		return "", err
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.CopyFS(dir, fsys); err != nil {
		return "", err
	}
	if _, err := goCmd(dir, "mod", "tidy"); err != nil {
		return "", err
	}
	// It must build: a benchmark of code that does not type-check would
	// measure the error paths.
	if _, err := goCmd(dir, "build", "./..."); err != nil {
		return "", err
	}
	return dir, nil
}

func removeNestedModules(root string) error {
	var nested []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == "go.mod" && filepath.Dir(p) != root {
			nested = append(nested, filepath.Dir(p))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, d := range nested {
		if err := os.RemoveAll(d); err != nil {
			return err
		}
	}
	return nil
}

// goCmd runs the go command in dir with module downloads allowed and
// returns its standard output.
func goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, stderr.Bytes())
	}
	return out, nil
}
