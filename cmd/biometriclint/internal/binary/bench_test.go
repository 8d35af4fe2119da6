package binary

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary/bintest"
)

// bigProgram builds the faces program with 40 MB of embedded text (words,
// URLs, file names: what the string scanner works hardest on), a 50 MB
// executable, and returns it with the size of its largest section.
func bigProgram(b *testing.B) (string, int64) {
	dir := b.TempDir()
	src := filepath.Join(bintest.Modules(), "faces")
	for _, name := range []string{"go.mod", "go.sum", "main.go", "models/face_detection_yunet_2023mar.onnx"} {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			b.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	var text strings.Builder
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"face", "http", "detect", "model", "cascade", "https://", "api", "image", "/v1/", "onnx", "xml", "emotion", "service", "client"}
	for text.Len() < 40<<20 {
		switch rng.IntN(40) {
		case 0:
			fmt.Fprintf(&text, "https://host%d.example.com/path/%d/faces?x=%d", rng.IntN(1000), rng.IntN(1000), rng.IntN(10))
		case 1:
			fmt.Fprintf(&text, "models/net_%d.onnx", rng.IntN(1000))
		default:
			text.WriteString(words[rng.IntN(len(words))])
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(text.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	big := "package main\n\nimport _ \"embed\"\n\n//go:embed big.txt\nvar big string\n\nfunc init() {\n\tif len(big) == 0 {\n\t\tpanic(\"empty\")\n\t}\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "big.go"), []byte(big), 0o644); err != nil {
		b.Fatal(err)
	}
	exe := filepath.Join(dir, "big")
	bintest.BuildDir(b, dir, exe, "linux", "amd64", false)
	exes, err := openFile(exe)
	if err != nil {
		b.Fatal(err)
	}
	var largest int64
	for _, r := range append(exes[0].data, exes[0].pclntab) {
		largest = max(largest, r.size)
	}
	return exe, largest
}

func openFile(p string) ([]*Executable, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return Open(f, fi.Size())
}

// BenchmarkScan50MB reads a 50 MB executable: symbols, build info,
// strings, embed records and its SHA-256. It reports the bytes allocated
// per read over the size of the largest section (below 1: memory is
// bounded by the sections read one piece at a time).
func BenchmarkScan50MB(b *testing.B) {
	exe, largest := bigProgram(b)
	fi, err := os.Stat(exe)
	if err != nil {
		b.Fatal(err)
	}
	cat := catalog.Default()
	Scan(cat, []string{exe}) // the catalog's indexes, once
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		res := Scan(cat, []string{exe})
		if len(res.Problems) > 0 || len(res.Binaries) != 1 || len(res.Binaries[0].Symbols) != 4 {
			b.Fatalf("read %+v", res)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	perOp := float64(after.TotalAlloc-before.TotalAlloc) / float64(b.N)
	b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
	b.ReportMetric(float64(largest)/(1<<20), "MB-largest-section")
	b.ReportMetric(perOp/float64(largest), "alloc/largest-section")
}
