package binary

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary/bintest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	bintest.Cleanup()
	os.Exit(code)
}

// facesFindings are the findings of the faces test program, whatever its
// GOOS, GOARCH and build flags.
var facesFindings = []string{
	`endpoint: Megvii Face++ Face API (REST): "https://api-us.faceplusplus.com/facepp/v3/detect" detects faces [face-detection; EU AI Act Art. 3(34)] (what the request asks for is not visible in a binary, so emotion-recognition cannot be excluded)`,
	`modelfile: OpenCV DNN face models (YuNet, SFace, SSD, Facemark LBF): embedded file "models/face_detection_yunet_2023mar.onnx" (51 bytes) is the YuNet face detection model [face-detection; EU AI Act Art. 3(34)]`,
	`modelfile: pigo cascades: "cascade/facefinder" is the pigo face detection cascade [face-detection; EU AI Act Art. 3(34)]`,
	`modrequire: Pigo face detection: module github.com/esimov/pigo v1.4.6 (build info) is a module that exists only for face detection [face-detection; EU AI Act Art. 3(34)]`,
	`sdkimport: Pigo face detection: package "github.com/esimov/pigo/core" detects faces, pupils and facial landmarks [face-detection; EU AI Act Art. 3(34)]`,
	`sdksymbol: AWS Rekognition (AWS SDK for Go v2): rekognition.(*Client).CompareFaces compares a face with the faces in another image to verify identity [face-recognition; EU AI Act Art. 5(1)(e), 5(1)(h), Annex III 1(a)]`,
	`sdksymbol: AWS Rekognition (AWS SDK for Go v2): rekognition.(*Client).DetectFaces detects faces and, on request, their emotions, age range and gender [face-detection; EU AI Act Art. 3(34)] (what it requests is not visible in a binary, so emotion-recognition cannot be excluded)`,
	`sdksymbol: Pigo face detection: pigo.(*Pigo).Unpack loads a face detection cascade [face-detection; EU AI Act Art. 3(34)]`,
	`sdksymbol: Pigo face detection: pigo.NewPigo creates a pixel-intensity-comparison face detector [face-detection; EU AI Act Art. 3(34)]`,
}

// findings lists the findings of the executable named name as
// "analyzer: message", in report order.
func findings(t *testing.T, res *Result, name string) []string {
	t.Helper()
	r, _ := Report(catalog.Default(), res)
	r.Sort()
	var out []string
	found := false
	for _, p := range r.Packages {
		if p.ID != name {
			continue
		}
		found = true
		for _, a := range p.Analyzers {
			for _, f := range a.Findings {
				out = append(out, a.Name+": "+f.Message)
			}
		}
	}
	if !found {
		t.Fatalf("no executable %s read; read: %v", name, names(res))
	}
	return out
}

func names(res *Result) []string {
	var out []string
	for _, b := range res.Binaries {
		out = append(out, b.Name)
	}
	return out
}

// problems lists every problem of res as "where: reason", where relative
// to dir.
func problems(res *Result, dir string) []string {
	var out []string
	for _, p := range res.Problems {
		out = append(out, strings.TrimPrefix(p.Where, dir+string(filepath.Separator))+": "+p.Reason)
	}
	for _, b := range res.Binaries {
		for _, p := range b.Problems {
			out = append(out, strings.TrimPrefix(b.Name, dir+string(filepath.Separator))+": "+p)
		}
	}
	slices.Sort(out)
	return out
}

func equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestExecutables reads the faces program built for three platforms, and
// as position-independent executables for two (the ELF sections of those
// include empty ones at addresses no pointer is aligned to, which made the
// search for embedded files panic), with and without -trimpath
// -ldflags="-s -w": the same findings every time, and the platform read
// from the file.
func TestExecutables(t *testing.T) {
	for _, plat := range []struct{ goos, goarch, mode, format string }{
		{"linux", "amd64", "", "elf"},
		{"windows", "amd64", "", "pe"},
		{"darwin", "arm64", "", "macho"},
		{"linux", "amd64", "pie", "elf"},
		{"linux", "arm64", "pie", "elf"},
	} {
		for _, stripped := range []bool{false, true} {
			name := plat.goos + "/" + plat.goarch
			if plat.mode != "" {
				name += " " + plat.mode
			}
			if stripped {
				name += " stripped"
			}
			t.Run(name, func(t *testing.T) {
				exe := bintest.BuildMode(t, "faces", plat.goos, plat.goarch, plat.mode, stripped)
				res := Scan(catalog.Default(), []string{exe})
				equal(t, "problems", problems(res, ""), nil)
				equal(t, "findings", findings(t, res, exe), facesFindings)
				b := res.Binaries[0]
				if b.Format != plat.format || b.GOOS != plat.goos || b.GOARCH != plat.goarch {
					t.Errorf("read as %s %s/%s, want %s %s/%s", b.Format, b.GOOS, b.GOARCH, plat.format, plat.goos, plat.goarch)
				}
				if !strings.HasPrefix(b.Go, "go1.") || b.Main != "example.com/faces (devel)" {
					t.Errorf("build info: Go %q, main module %q", b.Go, b.Main)
				}
				if fi, err := os.Stat(exe); err != nil || b.Size != fi.Size() || len(b.SHA256) != 64 {
					t.Errorf("provenance: size %d, sha256 %q", b.Size, b.SHA256)
				}
			})
		}
	}
}

// TestSilent reads a program that links Rekognition only for DetectLabels
// and DetectText: no finding, no problem.
func TestSilent(t *testing.T) {
	for _, stripped := range []bool{false, true} {
		exe := bintest.Build(t, "labels", "linux", "amd64", stripped)
		res := Scan(catalog.Default(), []string{exe})
		equal(t, "problems", problems(res, ""), nil)
		equal(t, "findings", findings(t, res, exe), nil)
		// The SDK is in the build info: listed, not a finding.
		r, _ := Report(catalog.Default(), res)
		var mods []string
		for _, m := range r.Modules {
			mods = append(mods, m.Path+" "+m.Version)
		}
		// The SDK's core module holds no catalogued package: it is not
		// listed (one module rule, catalog.Catalog.Module).
		equal(t, "modules", mods, []string{"github.com/aws/aws-sdk-go-v2/service/rekognition v1.51.26"})
	}
}

// TestDamaged reads inputs that are not, or no longer, whole Go programs:
// each is a problem that says what is wrong, and what can still be found
// is.
func TestDamaged(t *testing.T) {
	exe := bintest.Build(t, "faces", "linux", "amd64", false)
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	trueBin, err := os.ReadFile("/bin/true")
	if err != nil {
		t.Fatal(err)
	}
	noBuildInfo := bytes.Clone(data)
	i := bytes.Index(noBuildInfo, []byte("\xff Go buildinf:"))
	if i < 0 {
		t.Fatal("no build info magic")
	}
	copy(noBuildInfo[i:], "\x00\x00\x00\x00")
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	var tarball bytes.Buffer
	tw := tar.NewWriter(&tarball)
	tw.WriteHeader(&tar.Header{Name: "manifest.json", Mode: 0o644, Size: int64(len(data))})
	tw.Write(data)
	tw.Close()
	compressed := gz(tarball.Bytes())
	paths := []string{
		write("truncated-header", data[:40]),
		write("truncated-half", data[:len(data)/2]),
		write("true", trueBin),
		write("text", []byte("#!/bin/sh\necho face\n")),
		write("nobuildinfo", noBuildInfo),
		filepath.Join(dir, "missing"),
		write("text.gz", gz([]byte("face\n"))),
		write("header.gz", compressed[:5]),
		write("truncated.tar.gz", compressed[:len(compressed)/2]),
	}
	res := Scan(catalog.Default(), paths)
	equal(t, "problems", problems(res, dir), []string{
		"header.gz: damaged gzip stream: unexpected EOF",
		"missing: no such file or directory",
		"nobuildinfo: no Go build information (stripped or damaged: not a Go executable): its modules are not listed",
		"text.gz: gzip-compressed, but not a tar archive (a docker save tarball or an OCI archive, compressed, is read)",
		"text: not an executable (ELF, Mach-O, PE), an image tarball (docker save or OCI archive, gzipped or not) or an OCI image layout",
		"true: not a Go program: not a Go executable",
		"truncated-half: damaged ELF header: EOF (the file is truncated): the rest of the file is read as data",
		"truncated-half: no Go build information (stripped or damaged: unrecognized file format): its modules are not listed",
		"truncated-header: damaged ELF header: EOF (the file is truncated): the rest of the file is read as data",
		"truncated-header: not a Go program: unrecognized file format",
		"truncated.tar.gz: decompressing: unexpected EOF",
	})
	// Half a program: its section headers and build info are lost, not
	// what its first half holds (the function table, the strings), but
	// without addresses the embedded file is only a name.
	var half []string
	for _, f := range facesFindings {
		switch {
		case strings.HasPrefix(f, "modrequire:"):
		case strings.Contains(f, "embedded file"):
			half = append(half, `modelfile: OpenCV DNN face models (YuNet, SFace, SSD, Facemark LBF): "face_detection_yunet_2023mar.onnx" is the YuNet face detection model [face-detection; EU AI Act Art. 3(34)]`)
		default:
			half = append(half, f)
		}
	}
	equal(t, "findings of half a program", findings(t, res, paths[1]), half)
	// Without build info, everything but the module is still found.
	want := slices.DeleteFunc(slices.Clone(facesFindings), func(s string) bool { return strings.HasPrefix(s, "modrequire:") })
	equal(t, "findings without build info", findings(t, res, paths[4]), want)
}

// TestParseFuncName splits the function names the linker writes.
func TestParseFuncName(t *testing.T) {
	for _, c := range []struct{ name, pkg, shown, keys string }{
		{"github.com/aws/aws-sdk-go-v2/service/rekognition.(*Client).DetectFaces", "github.com/aws/aws-sdk-go-v2/service/rekognition", "(*Client).DetectFaces", "Client.DetectFaces Client"},
		{"github.com/aws/aws-sdk-go-v2/service/rekognition.(*Client).DetectFaces.func1", "github.com/aws/aws-sdk-go-v2/service/rekognition", "(*Client).DetectFaces", "Client.DetectFaces Client"},
		{"github.com/aws/aws-sdk-go-v2/service/rekognition.(*Client).DetectFaces-fm", "github.com/aws/aws-sdk-go-v2/service/rekognition", "(*Client).DetectFaces", "Client.DetectFaces Client"},
		{"github.com/esimov/pigo/core.Pigo.RunCascade", "github.com/esimov/pigo/core", "Pigo.RunCascade", "Pigo.RunCascade Pigo"},
		{"github.com/esimov/pigo/core.NewPigo", "github.com/esimov/pigo/core", "NewPigo", "NewPigo"},
		{"github.com/esimov/pigo/core.NewPigo.func2.1", "github.com/esimov/pigo/core", "NewPigo", "NewPigo"},
		{"example.com/g.(*Map[go.shape.string,example.com/h.T]).Get", "example.com/g", "(*Map).Get", "Map.Get Map"},
		{"example.com/g.Find[go.shape.int]", "example.com/g", "Find", "Find"},
		{"gopkg.in/yaml%2ev3.Unmarshal", "gopkg.in/yaml.v3", "Unmarshal", "Unmarshal"},
	} {
		f, ok := parseFuncName([]byte(c.name))
		if !ok || f.pkg != c.pkg || f.shown != c.shown || strings.Join(f.keys, " ") != c.keys {
			t.Errorf("%s: got %+v, %v; want %s %s [%s]", c.name, f, ok, c.pkg, c.shown, c.keys)
		}
	}
	for _, name := range []string{"type:.eq.example.com/p.T", "go:buildid", "main", ""} {
		if f, ok := parseFuncName([]byte(name)); ok {
			t.Errorf("%s: split into %+v, want no function", name, f)
		}
	}
}

// TestUniversal reads a universal (fat) Mach-O file holding the darwin/arm64
// faces program: each architecture is one executable.
func TestUniversal(t *testing.T) {
	thin, err := os.ReadFile(bintest.Build(t, "faces", "darwin", "arm64", true))
	if err != nil {
		t.Fatal(err)
	}
	const align = 14 // 2^14, as lipo aligns arm64
	head := make([]byte, 8+20)
	be := func(at int, v uint32) {
		head[at], head[at+1], head[at+2], head[at+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	be(0, 0xcafebabe)
	be(4, 1)
	be(8, 0x0100000c) // CPU_TYPE_ARM64
	be(12, 0)
	be(16, 1<<align)
	be(20, uint32(len(thin)))
	be(24, align)
	fat := append(append(head, make([]byte, 1<<align-len(head))...), thin...)
	p := filepath.Join(t.TempDir(), "faces-universal")
	if err := os.WriteFile(p, fat, 0o755); err != nil {
		t.Fatal(err)
	}
	res := Scan(catalog.Default(), []string{p})
	equal(t, "problems", problems(res, ""), nil)
	equal(t, "findings", findings(t, res, p), facesFindings)
	if b := res.Binaries[0]; b.Format != "macho" || b.GOARCH != "arm64" || b.Size != int64(len(fat)) {
		t.Errorf("read as %s %s, %d bytes", b.Format, b.GOARCH, b.Size)
	}
}

// TestEachChunkEmpty walks regions with nothing to read, among them what
// is left of an empty section after aligning its start (size -4): no
// call, no error, no allocation of a negative length.
func TestEachChunkEmpty(t *testing.T) {
	for _, size := range []int64{0, -4} {
		calls := 0
		err := eachChunk(bytes.NewReader(make([]byte, 16)), region{".data.rel.ro", 8, size, 0x1000}, 32, func([]byte, int64) bool {
			calls++
			return true
		})
		if err != nil || calls != 0 {
			t.Errorf("size %d: %d calls, error %v; want none", size, calls, err)
		}
	}
}
