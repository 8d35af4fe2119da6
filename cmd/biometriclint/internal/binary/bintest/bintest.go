// Package bintest builds the executables and container images that the
// tests of biometriclint binary read: Go programs from the test modules
// of internal/binary/testdata (real SDK modules from the module cache, no
// download), for any GOOS/GOARCH, and images made of them with
// go-containerregistry. For tests only.
package bintest

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

// Modules is the directory of the test modules (faces, labels).
func Modules() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}

var (
	mu    sync.Mutex
	dir   string
	built = map[string]string{}
)

// Build builds test module mod for goos/goarch, with -trimpath -ldflags="-s
// -w" when stripped, CGO_ENABLED=0, offline (GOPROXY=off, the modules come
// from the module cache), once per process, and returns the executable.
func Build(tb testing.TB, mod, goos, goarch string, stripped bool) string {
	tb.Helper()
	return BuildMode(tb, mod, goos, goarch, "", stripped)
}

// BuildMode is Build with go build's -buildmode mode ("" for the
// default): pie makes the position-independent executables that
// distributions ship.
func BuildMode(tb testing.TB, mod, goos, goarch, mode string, stripped bool) string {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	key := fmt.Sprintf("%s-%s-%s", mod, goos, goarch)
	if mode != "" {
		key += "-" + mode
	}
	if stripped {
		key += "-stripped"
	}
	if p, ok := built[key]; ok {
		return p
	}
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "bintest"); err != nil {
			tb.Fatal(err)
		}
	}
	out := filepath.Join(dir, key)
	buildDir(tb, filepath.Join(Modules(), mod), out, goos, goarch, mode, stripped)
	built[key] = out
	return out
}

// BuildDir builds the module in dir into out, as Build does.
func BuildDir(tb testing.TB, dir, out, goos, goarch string, stripped bool) {
	tb.Helper()
	buildDir(tb, dir, out, goos, goarch, "", stripped)
}

func buildDir(tb testing.TB, dir, out, goos, goarch, mode string, stripped bool) {
	tb.Helper()
	// -buildvcs=false: the main module's version stays (devel), whatever
	// the state of the repository the tests run in.
	args := []string{"build", "-buildvcs=false", "-o", out}
	if mode != "" {
		args = append(args, "-buildmode="+mode)
	}
	if stripped {
		args = append(args, "-trimpath", "-ldflags=-s -w")
	}
	cmd := exec.Command("go", append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0",
		"GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local", "GOWORK=off")
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build %s for %s/%s: %v\n%s", dir, goos, goarch, err, msg)
	}
}

// Cleanup removes what Build made; call it from TestMain.
func Cleanup() {
	mu.Lock()
	defer mu.Unlock()
	if dir != "" {
		os.RemoveAll(dir)
	}
}

// File is a file of an image layer: its path and the local file whose
// content it has (empty for a whiteout, whose name says what it hides).
type File struct {
	Path, From string
}

// Layer makes an uncompressed layer of files, with fixed times and modes.
func Layer(tb testing.TB, files ...File) v1.Layer {
	tb.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		var data []byte
		if f.From != "" {
			var err error
			if data, err = os.ReadFile(f.From); err != nil {
				tb.Fatal(err)
			}
		}
		h := &tar.Header{Name: f.Path, Mode: 0o755, Size: int64(len(data)), Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0).UTC(), Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			tb.Fatal(err)
		}
		tw.Write(data)
	}
	if err := tw.Close(); err != nil {
		tb.Fatal(err)
	}
	data := buf.Bytes()
	l, err := tarball.LayerFromOpener(func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil })
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// Image stacks layers, first to last, on an empty image.
func Image(tb testing.TB, layers ...v1.Layer) v1.Image {
	tb.Helper()
	img, err := mutate.AppendLayers(empty.Image, layers...)
	if err != nil {
		tb.Fatal(err)
	}
	return img
}

// Tarball writes img as a docker save tarball tagged ref.
func Tarball(tb testing.TB, path, ref string, img v1.Image) {
	tb.Helper()
	tag, err := name.NewTag(ref)
	if err != nil {
		tb.Fatal(err)
	}
	if err := tarball.WriteToFile(path, tag, img); err != nil {
		tb.Fatal(err)
	}
}

// Layout writes img as an OCI image layout at dir, named ref.
func Layout(tb testing.TB, dir, ref string, img v1.Image) {
	tb.Helper()
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		tb.Fatal(err)
	}
	if err := p.AppendImage(img, layout.WithAnnotations(map[string]string{"org.opencontainers.image.ref.name": ref})); err != nil {
		tb.Fatal(err)
	}
}

// WithoutMember copies the tar archive src to dst without the member
// named name: a docker save tarball with a missing layer.
func WithoutMember(tb testing.TB, src, dst, name string) {
	tb.Helper()
	in, err := os.Open(src)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		tb.Fatal(err)
	}
	defer out.Close()
	tr, tw := tar.NewReader(in), tar.NewWriter(out)
	found := false
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if h.Name == name {
			found = true
			continue
		}
		if err := tw.WriteHeader(h); err != nil {
			tb.Fatal(err)
		}
		if _, err := io.Copy(tw, tr); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		tb.Fatal(err)
	}
	if !found {
		tb.Fatalf("%s has no member %s", src, name)
	}
}

// LayerFile returns the member name of the i-th layer (from 0) of the
// first image of the docker save tarball at path.
func LayerFile(tb testing.TB, path string, i int) string {
	tb.Helper()
	m, err := tarball.LoadManifest(func() (io.ReadCloser, error) { return os.Open(path) })
	if err != nil {
		tb.Fatal(err)
	}
	if len(m) == 0 || i >= len(m[0].Layers) {
		tb.Fatalf("%s: no layer %d", path, i)
	}
	return m[0].Layers[i]
}
