package binary

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	v1 "github.com/google/go-containerregistry/pkg/v1"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary/bintest"
)

// testImage is two layers: the first holds the faces program, a Go
// program that the second deletes (a whiteout), /bin/true and a text
// file; the second the silent labels program.
func testImage(t *testing.T) v1.Image {
	faces := bintest.Build(t, "faces", "linux", "amd64", false)
	stripped := bintest.Build(t, "faces", "linux", "amd64", true)
	labels := bintest.Build(t, "labels", "linux", "amd64", true)
	return bintest.Image(t,
		bintest.Layer(t,
			bintest.File{Path: "usr/local/bin/faces", From: faces},
			bintest.File{Path: "usr/local/bin/old", From: stripped},
			bintest.File{Path: "bin/true", From: "/bin/true"},
			bintest.File{Path: "etc/motd", From: "testdata/faces/main.go"},
		),
		bintest.Layer(t,
			bintest.File{Path: "usr/local/bin/.wh.old"},
			bintest.File{Path: "app/labels", From: labels},
		),
	)
}

// TestImages reads the test image as a docker save tarball and as an OCI
// layout: the faces program with its findings and its layer, the silent
// program read without findings, the deleted program not read, and the
// executable that is not a Go program listed as not examined.
func TestImages(t *testing.T) {
	img := testImage(t)
	dir := t.TempDir()
	tarPath := filepath.Join(dir, "image.tar")
	bintest.Tarball(t, tarPath, "example.com/faces:1", img)
	layoutPath := filepath.Join(dir, "layout")
	bintest.Layout(t, layoutPath, "example.com/faces:1", img)
	// docker save | gzip: what reviewers are often handed.
	gzPath := tarPath + ".gz"
	gzipFile(t, tarPath, gzPath)
	// The layout in a tar archive: an OCI archive (podman save --format
	// oci-archive).
	ociPath := filepath.Join(dir, "oci.tar")
	tarDir(t, layoutPath, ociPath)
	gzipFile(t, ociPath, ociPath+".gz")
	for _, p := range []string{tarPath, gzPath, layoutPath, ociPath, ociPath + ".gz"} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			res := Scan(catalog.Default(), []string{p})
			var got []string
			for _, b := range res.Binaries {
				got = append(got, strings.TrimPrefix(b.Name, dir+"/")+" "+b.ImageRef+" layer "+strings.Fields(b.Layer)[0])
			}
			base := filepath.Base(p)
			equal(t, "executables", got, []string{
				base + "!/app/labels example.com/faces:1 layer 2/2",
				base + "!/usr/local/bin/faces example.com/faces:1 layer 1/2",
			})
			equal(t, "problems", problems(res, dir), []string{base + ": 1 executable is not a Go program, not examined: /bin/true"})
			equal(t, "faces", findings(t, res, p+"!/usr/local/bin/faces"), facesFindings)
			equal(t, "labels", findings(t, res, p+"!/app/labels"), nil)
		})
	}
}

// TestImageMissingLayer reads images with a missing layer, as docker save
// tarballs and as an OCI layout: the other layers are read as if they
// were the whole image. Without the second layer, the faces program is
// found, and so is the program the missing layer deletes; without the
// first, the labels program of the second is read.
func TestImageMissingLayer(t *testing.T) {
	img := testImage(t)
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.tar")
	bintest.Tarball(t, whole, "example.com/faces:1", img)
	top, bottom := filepath.Join(dir, "top.tar"), filepath.Join(dir, "bottom.tar")
	bintest.WithoutMember(t, whole, top, bintest.LayerFile(t, whole, 1))
	bintest.WithoutMember(t, whole, bottom, bintest.LayerFile(t, whole, 0))
	lay := filepath.Join(dir, "layout")
	bintest.Layout(t, lay, "example.com/faces:1", img)
	ls, err := img.Layers()
	if err != nil {
		t.Fatal(err)
	}
	d, err := ls[1].Digest()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(lay, "blobs", d.Algorithm, d.Hex)); err != nil {
		t.Fatal(err)
	}
	res := Scan(catalog.Default(), []string{top, bottom, lay})
	equal(t, "problems", problems(res, dir), []string{
		"bottom.tar: layer 1/2 " + diffID(t, img, 0) + " cannot be read (the image is read without it): file " + bintest.LayerFile(t, whole, 0) + " not found in tar",
		"layout: 1 executable is not a Go program, not examined: /bin/true",
		"layout: layer 2/2 " + diffID(t, img, 1) + " cannot be read (the image is read without it): lstat " + filepath.Join(lay, "blobs", d.Algorithm, d.Hex) + ": no such file or directory",
		"top.tar: 1 executable is not a Go program, not examined: /bin/true",
		"top.tar: layer 2/2 " + diffID(t, img, 1) + " cannot be read (the image is read without it): file " + bintest.LayerFile(t, whole, 1) + " not found in tar",
	})
	for _, p := range []string{top, lay} {
		equal(t, "faces", findings(t, res, p+"!/usr/local/bin/faces"), facesFindings)
		equal(t, "old", findings(t, res, p+"!/usr/local/bin/old"), facesFindings)
	}
	equal(t, "labels", findings(t, res, bottom+"!/app/labels"), nil)
	var got []string
	for _, b := range res.Binaries {
		got = append(got, strings.TrimPrefix(b.Name, dir+"/"))
	}
	equal(t, "executables", got, []string{"bottom.tar!/app/labels", "layout!/usr/local/bin/faces", "layout!/usr/local/bin/old", "top.tar!/usr/local/bin/faces", "top.tar!/usr/local/bin/old"})
}

func diffID(t *testing.T, img v1.Image, i int) string {
	ls, err := img.Layers()
	if err != nil {
		t.Fatal(err)
	}
	id, err := ls[i].DiffID()
	if err != nil {
		t.Fatal(err)
	}
	return id.String()
}

// TestDirectory reads a directory: its Go programs, an OCI layout inside
// it, a count of the executables that are not Go programs; other files
// are skipped.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, to string) {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(to), 0o755)
		if err := os.WriteFile(to, data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(bintest.Build(t, "faces", "windows", "amd64", true), filepath.Join(dir, "bin", "faces.exe"))
	copyFile(bintest.Build(t, "labels", "linux", "amd64", false), filepath.Join(dir, "bin", "labels"))
	copyFile("/bin/true", filepath.Join(dir, "bin", "true"))
	copyFile("testdata/faces/main.go", filepath.Join(dir, "src", "main.go"))
	bintest.Layout(t, filepath.Join(dir, "images", "app"), "example.com/faces:1", testImage(t))
	res := Scan(catalog.Default(), []string{dir})
	var got []string
	for _, b := range res.Binaries {
		got = append(got, strings.TrimPrefix(b.Name, dir+"/"))
	}
	equal(t, "executables", got, []string{"bin/faces.exe", "bin/labels", "images/app!/app/labels", "images/app!/usr/local/bin/faces"})
	equal(t, "problems", problems(res, dir), []string{
		dir + ": 1 executable is not a Go program, not examined: bin/true",
		"images/app: 1 executable is not a Go program, not examined: /bin/true",
	})
	equal(t, "faces.exe", findings(t, res, filepath.Join(dir, "bin", "faces.exe")), facesFindings)
	equal(t, "labels", findings(t, res, filepath.Join(dir, "bin", "labels")), nil)
}

// TestCheckEntry rejects the layer entries that would make the flattened
// filesystem endless: sparse files and files of more than 8 GiB.
func TestCheckEntry(t *testing.T) {
	for _, c := range []struct {
		h    tar.Header
		want string
	}{
		{tar.Header{Name: "bin/app", Typeflag: tar.TypeReg, Size: 10 << 20}, "<nil>"},
		{tar.Header{Name: "big", Typeflag: tar.TypeReg, Size: 1 << 40}, "big has 1099511627776 bytes, more than 8589934592"},
		{tar.Header{Name: "holes", Typeflag: tar.TypeGNUSparse, Size: 1}, "holes is a sparse file, which is not read"},
		{tar.Header{Name: "pax", Typeflag: tar.TypeReg, PAXRecords: map[string]string{"GNU.sparse.major": "1"}}, "pax is a sparse file, which is not read"},
	} {
		if got := fmt.Sprint(checkEntry(&c.h)); got != c.want {
			t.Errorf("%s: %s, want %s", c.h.Name, got, c.want)
		}
	}
}

// TestNothingToRead: a directory or an image where no executable is found
// is a problem, not a clean result: a wrong path must not pass. A
// directory with an executable that is not a Go program already says so.
func TestNothingToRead(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(empty, 0o755)
	os.MkdirAll(docs, 0o755)
	if err := os.WriteFile(filepath.Join(docs, "README"), []byte("release notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	data := bintest.Image(t, bintest.Layer(t, bintest.File{Path: "srv/index.html", From: "testdata/faces/main.go"}))
	bintest.Tarball(t, filepath.Join(dir, "data.tar"), "example.com/static:1", data)
	bintest.Layout(t, filepath.Join(dir, "layout"), "example.com/static:1", data)
	res := Scan(catalog.Default(), []string{empty, docs, filepath.Join(dir, "data.tar"), filepath.Join(dir, "layout")})
	if len(res.Binaries) != 0 {
		t.Errorf("read %d executables, want none", len(res.Binaries))
	}
	const noExe = "no executable (ELF, Mach-O, PE) or OCI image layout under it: check the path (an image tarball is read when named on the command line)"
	const noExeInImage = "no executable (ELF, Mach-O, PE) in the image's filesystem: nothing to examine"
	equal(t, "problems", problems(res, dir), []string{ // sorted
		"data.tar: " + noExeInImage,
		"docs: " + noExe,
		"empty: " + noExe,
		"layout: " + noExeInImage,
	})
}

// TestDirectoryLink: a directory named through a symbolic link (/bin ->
// usr/bin) is read, under the name given; links under it are not
// followed.
func TestDirectoryLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "usr", "bin")
	os.MkdirAll(real, 0o755)
	data, err := os.ReadFile(bintest.Build(t, "labels", "linux", "amd64", true))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "labels"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("usr", "bin"), filepath.Join(dir, "bin")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(real, "loop")); err != nil {
		t.Fatal(err)
	}
	res := Scan(catalog.Default(), []string{filepath.Join(dir, "bin")})
	var got []string
	for _, b := range res.Binaries {
		got = append(got, strings.TrimPrefix(b.Name, dir+"/"))
	}
	equal(t, "executables", got, []string{"bin/labels"})
	equal(t, "problems", problems(res, dir), nil)
}

// gzipFile compresses from into to.
func gzipFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// tarDir writes the files under dir into the tar archive to, named from
// dir ("./blobs/sha256/..."), as tar -C dir -cf to . does.
func tarDir(t *testing.T, dir, to string) {
	t.Helper()
	f, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(f)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if err := tw.WriteHeader(&tar.Header{Name: "./" + filepath.ToSlash(rel), Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		_, err = tw.Write(data)
		return err
	})
	if err == nil {
		err = tw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestExtractLayout: only a layout's files are extracted from an OCI
// archive; a name that would leave the directory, a link and any other
// member are not, and a damaged layout is a problem of the archive.
func TestExtractLayout(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "evil.tar")
	f, err := os.Create(archive)
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(f)
	for _, h := range []*tar.Header{
		{Name: "oci-layout", Typeflag: tar.TypeReg, Size: 2, Mode: 0o644},
		{Name: "index.json", Typeflag: tar.TypeReg, Size: 2, Mode: 0o644},
		{Name: "../../escaped", Typeflag: tar.TypeReg, Size: 2, Mode: 0o644},
		{Name: "blobs/sha256/../../../escaped2", Typeflag: tar.TypeReg, Size: 2, Mode: 0o644},
		{Name: "blobs/sha256/ab", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"},
		{Name: "README", Typeflag: tar.TypeReg, Size: 2, Mode: 0o644},
	} {
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > 0 {
			tw.Write([]byte("{}"))
		}
	}
	tw.Close()
	f.Close()
	out, err := extractLayout(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(out)
	var got []string
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && p != out {
			rel, _ := filepath.Rel(out, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	equal(t, "extracted", got, []string{"index.json", "oci-layout"})
	for _, name := range []string{"escaped", "escaped2"} {
		for _, d := range []string{dir, filepath.Dir(dir), filepath.Dir(out), filepath.Dir(filepath.Dir(out))} {
			if _, err := os.Stat(filepath.Join(d, name)); err == nil {
				t.Errorf("%s written outside the extraction directory, in %s", name, d)
			}
		}
	}
	res := Scan(catalog.Default(), []string{archive})
	if len(res.Binaries) != 0 || len(res.Problems) != 1 || !strings.HasPrefix(res.Problems[0].Reason, "OCI image layout") {
		t.Errorf("read %d executables, problems %q; want one problem of the layout", len(res.Binaries), problems(res, dir))
	}
}
