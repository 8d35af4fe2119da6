package binary

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

// Container images are read with go-containerregistry: tarball for docker
// save archives (decompressed first when gzipped), layout for OCI image
// layouts, and mutate.Extract for the filesystem the layers make, in
// order, whiteouts applied. Each executable of that filesystem is copied
// to a temporary file (never made executable, never run) to be read like
// any other.

// isLayout reports whether dir is an OCI image layout.
func isLayout(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "oci-layout"))
	return err == nil
}

// image is one image of a tarball or layout, and how reports name it.
type image struct {
	img v1.Image
	ref string
	// Without img (a tarball that go-containerregistry cannot open
	// whole): its layers, nil for those that cannot be opened (errs says
	// why), and their diff IDs.
	layers  []v1.Layer
	errs    []error
	diffIDs []v1.Hash
}

// tarball reads every image of the docker save tarball at path, named p
// in reports (path is a decompressed copy of p when p is compressed).
func (s *Scanner) tarball(p, path string) {
	opener := func() (io.ReadCloser, error) { return os.Open(path) }
	m, err := tarball.LoadManifest(opener)
	if err != nil && ociArchive(path) {
		// An OCI image layout in a tar archive, an OCI archive (podman
		// save --format oci-archive).
		dir, err := extractLayout(path)
		if err != nil {
			s.problem(p, "OCI archive: %v", err)
			return
		}
		defer os.RemoveAll(dir)
		s.layout(p, dir)
		return
	}
	if err != nil {
		s.problem(p, "not a docker save image tarball or an OCI archive: %v", err)
		return
	}
	if len(m) == 0 {
		s.problem(p, "image tarball without images")
		return
	}
	for i, d := range m {
		ref := fmt.Sprintf("image %d", i+1)
		var tag *name.Tag
		if len(d.RepoTags) > 0 {
			t, err := name.NewTag(d.RepoTags[0])
			if err != nil {
				s.problem(p, "image %d: tag %q: %v", i+1, d.RepoTags[0], err)
				continue
			}
			tag, ref = &t, d.RepoTags[0]
		} else if len(m) > 1 {
			s.problem(p, "image %d has no tag: a tarball of several images names each by its tag", i+1)
			continue
		}
		img, err := tarball.Image(opener, tag)
		if err == nil {
			_, err = img.Manifest() // computed from every layer
		}
		if err != nil {
			// A missing or damaged layer: read the others one by one.
			s.image(p, tarballLayers(path, d, ref), len(m) > 1)
			continue
		}
		s.image(p, image{img: img, ref: ref}, len(m) > 1)
	}
}

// gzipped reports whether head starts a gzip stream (docker save | gzip).
func gzipped(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// maxCopied bounds what an archive is copied to on disk, a compressed
// tarball decompressed or an OCI archive's layout extracted: a few bytes
// of gzip can hold terabytes of zeros.
const maxCopied = 16 << 30

// gunzipTarball decompresses the gzip file p into a temporary file, for
// go-containerregistry, which reads a tarball several times and only
// uncompressed. It fails before copying anything when the stream does not
// start a tar archive. The caller removes the file.
func gunzipTarball(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return "", fmt.Errorf("damaged gzip stream: %v", err)
	}
	br := bufio.NewReaderSize(zr, 512)
	head, err := br.Peek(512)
	if err != nil && err != io.EOF {
		return "", fmt.Errorf("damaged gzip stream: %v", err)
	}
	if !isTar(head) {
		return "", fmt.Errorf("gzip-compressed, but not a tar archive (a docker save tarball or an OCI archive, compressed, is read)")
	}
	tmp, err := os.CreateTemp("", "biometriclint-image-*.tar")
	if err != nil {
		return "", err
	}
	n, err := io.Copy(tmp, io.LimitReader(br, maxCopied+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		err = fmt.Errorf("decompressing: %v", err)
	case n > maxCopied:
		err = fmt.Errorf("decompresses to more than %d bytes, which are not copied: decompress it and name the tarball", int64(maxCopied))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// ociArchive reports whether the tar archive at path holds an OCI image
// layout: an oci-layout file at its top.
func ociArchive(path string) bool {
	rc, err := memberOpener(path, "oci-layout")()
	if err != nil {
		return false
	}
	rc.Close()
	return true
}

// archiveName is the name of a member of an archive, cleaned, relative.
func archiveName(name string) string {
	return strings.TrimPrefix(path.Clean("/"+name), "/")
}

// layoutMember matches the names of an OCI image layout's files: the
// archive's other members, and any name that could leave the directory,
// are not extracted.
var layoutMember = regexp.MustCompile(`^(oci-layout|index\.json|blobs/[a-z0-9]+/[a-f0-9]+)$`)

// extractLayout extracts the OCI image layout of the tar archive at path
// into a temporary directory, for go-containerregistry's layout package:
// regular files named as a layout's (layoutMember), each bounded as a
// layer's files are (checkEntry), maxCopied bytes in all. The caller
// removes the directory.
func extractLayout(path string) (dir string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if dir, err = os.MkdirTemp("", "biometriclint-layout-*"); err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	var total int64
	tr := tar.NewReader(f)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return dir, nil
		}
		if err != nil {
			return "", err
		}
		name := archiveName(h.Name)
		if h.Typeflag != tar.TypeReg || !layoutMember.MatchString(name) {
			continue
		}
		if err := checkEntry(h); err != nil {
			return "", err
		}
		if total += h.Size; total > maxCopied {
			return "", fmt.Errorf("more than %d bytes of layout files, which are not copied: extract it and name the directory", int64(maxCopied))
		}
		to := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
			return "", err
		}
		out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(out, tr)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return "", fmt.Errorf("extracting %s: %v", name, err)
		}
	}
}

// tarballLayers opens the layers of image d of the docker save tarball p
// one by one, as go-containerregistry opens each.
func tarballLayers(p string, d tarball.Descriptor, ref string) image {
	im := image{ref: ref}
	if rc, err := memberOpener(p, d.Config)(); err == nil {
		if cfg, err := v1.ParseConfigFile(rc); err == nil {
			im.diffIDs = cfg.RootFS.DiffIDs
		}
		rc.Close()
	}
	for _, file := range d.Layers {
		l, err := tarball.LayerFromOpener(memberOpener(p, file))
		im.layers, im.errs = append(im.layers, l), append(im.errs, err)
	}
	return im
}

// memberOpener opens the member called name of the tar archive p.
func memberOpener(p, name string) tarball.Opener {
	return func() (io.ReadCloser, error) {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		tr := tar.NewReader(f)
		for {
			h, err := tr.Next()
			if err != nil {
				f.Close()
				if err == io.EOF {
					err = fmt.Errorf("file %s not found in tar", name)
				}
				return nil, err
			}
			if archiveName(h.Name) == archiveName(name) {
				return struct {
					io.Reader
					io.Closer
				}{tr, f}, nil
			}
		}
	}
}

// layout reads every image of the OCI image layout in directory dir,
// named p in reports (dir is an extracted copy of p when p is an OCI
// archive), indexes nested in the top-level index included.
func (s *Scanner) layout(p, dir string) {
	lp, err := layout.FromPath(dir)
	if err != nil {
		s.problem(p, "not an OCI image layout: %v", err)
		return
	}
	idx, err := lp.ImageIndex()
	if err != nil {
		s.problem(p, "OCI image layout: %v", err)
		return
	}
	var imgs []image
	var walk func(idx v1.ImageIndex, depth int)
	walk = func(idx v1.ImageIndex, depth int) {
		im, err := idx.IndexManifest()
		if err != nil {
			s.problem(p, "OCI image layout index: %v", err)
			return
		}
		for _, d := range im.Manifests {
			ref := d.Annotations["org.opencontainers.image.ref.name"]
			if ref == "" {
				ref = d.Digest.String()
			}
			switch {
			case d.MediaType.IsImage():
				img, err := idx.Image(d.Digest)
				if err != nil {
					s.problem(p, "%s: %v", ref, err)
					continue
				}
				imgs = append(imgs, image{img: img, ref: ref})
			case d.MediaType.IsIndex() && depth < 4:
				child, err := idx.ImageIndex(d.Digest)
				if err != nil {
					s.problem(p, "%s: %v", ref, err)
					continue
				}
				walk(child, depth+1)
			}
		}
	}
	walk(idx, 0)
	if len(imgs) == 0 {
		s.problem(p, "OCI image layout without images")
	}
	for _, im := range imgs {
		s.image(p, im, len(imgs) > 1)
	}
}

// image reads the executables of the filesystem of one image.
func (s *Scanner) image(p string, im image, several bool) {
	where := p
	if several {
		where = p + "!" + im.ref
	}
	defer s.noneRead(where, len(s.res.Binaries), len(s.res.Problems), "in the image's filesystem: nothing to examine")
	layers, origin := s.layerOrigins(where, im)
	img := im.img
	if origin.failed || img == nil {
		// What can still be read: the image without the layers that
		// cannot be (whatever they delete or replace is read as it is
		// below them).
		var err error
		if img, err = mutate.AppendLayers(empty.Image, origin.readable...); err != nil {
			s.problem(where, "%v", err)
			return
		}
	}
	rc := mutate.Extract(img)
	defer rc.Close()
	tr := tar.NewReader(rc)
	var notGo []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			s.problem(where, "reading the image's filesystem: %v", err)
			break
		}
		if h.Typeflag != tar.TypeReg || h.Size < 4 {
			continue
		}
		file := "/" + archiveName(h.Name)
		b := &Binary{Name: where + "!" + file, File: p, InImage: file, ImageRef: im.ref, Layer: origin.of(file, layers)}
		ok, err := s.member(tr, h.Size, b)
		if err != nil {
			s.problem(b.Name, "%v", err)
			continue
		}
		if !ok {
			notGo = append(notGo, file)
		}
	}
	s.notGo(where, notGo)
}

// member reads the executable at the current entry of tr, if it is one,
// through a temporary file. It returns false for an executable that is
// not a Go program.
func (s *Scanner) member(tr io.Reader, size int64, b *Binary) (bool, error) {
	head := make([]byte, 4)
	if _, err := io.ReadFull(tr, head); err != nil {
		return true, fmt.Errorf("reading: %v", err)
	}
	if !executableMagic(head) {
		return true, nil
	}
	tmp, err := os.CreateTemp("", "biometriclint-binary-*")
	if err != nil {
		return true, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if _, err := tmp.Write(head); err != nil {
		return true, err
	}
	if _, err := io.Copy(tmp, tr); err != nil {
		return true, fmt.Errorf("reading: %v", err)
	}
	return s.executable(tmp, size, b, false), nil
}

// origins records, per file path, the index of the top-most layer that
// holds it: the layer the flattened filesystem takes it from.
type origins struct {
	top      map[string]int
	failed   bool       // some layer could not be read
	readable []v1.Layer // the layers that can, in order
}

// layerOrigins reads the file names of every layer, in order, for the
// provenance of each executable; a layer that cannot be read is a
// problem. It returns the layers' descriptions ("2/3 sha256:…").
func (s *Scanner) layerOrigins(where string, im image) ([]string, *origins) {
	o := &origins{top: map[string]int{}}
	layers, errs, diffIDs := im.layers, im.errs, im.diffIDs
	if im.img != nil {
		// Layer by layer, from the manifest, so that one missing layer
		// does not hide the others.
		m, err := im.img.Manifest()
		if err != nil {
			s.problem(where, "image manifest: %v", err)
			o.failed = true
			return nil, o
		}
		if cfg, err := im.img.ConfigFile(); err == nil {
			diffIDs = cfg.RootFS.DiffIDs
		}
		for _, d := range m.Layers {
			l, err := im.img.LayerByDigest(d.Digest)
			layers, errs = append(layers, l), append(errs, err)
		}
	}
	var names []string
	for i, l := range layers {
		desc := fmt.Sprintf("%d/%d", i+1, len(layers))
		if i < len(diffIDs) {
			desc += " " + diffIDs[i].String()
		}
		names = append(names, desc)
		err := errs[i]
		if err == nil {
			err = o.read(l, i)
		}
		if err != nil {
			s.problem(where, "layer %s cannot be read (the image is read without it): %v", desc, err)
			o.failed = true
		} else {
			o.readable = append(o.readable, l)
		}
	}
	return names, o
}

func (o *origins) read(l v1.Layer, i int) error {
	rc, err := l.Uncompressed()
	if err != nil {
		return err
	}
	defer rc.Close()
	tr := tar.NewReader(rc)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := checkEntry(h); err != nil {
			return err
		}
		if h.Typeflag == tar.TypeReg {
			o.top["/"+archiveName(h.Name)] = i
		}
	}
}

// maxFile bounds the files of a layer: the flattened filesystem is a
// stream that holds every file whole, so a sparse file or a huge one (a
// few bytes of archive for terabytes of zeros) would never end.
const maxFile = 8 << 30

// checkEntry rejects the entries of a layer that cannot be streamed in
// bounded time.
func checkEntry(h *tar.Header) error {
	if h.Typeflag == tar.TypeGNUSparse {
		return fmt.Errorf("%s is a sparse file, which is not read", h.Name)
	}
	for k := range h.PAXRecords {
		if strings.HasPrefix(k, "GNU.sparse.") {
			return fmt.Errorf("%s is a sparse file, which is not read", h.Name)
		}
	}
	if h.Size > maxFile {
		return fmt.Errorf("%s has %d bytes, more than %d", h.Name, h.Size, int64(maxFile))
	}
	return nil
}

func (o *origins) of(file string, layers []string) string {
	if i, ok := o.top[file]; ok && i < len(layers) {
		return layers[i]
	}
	return ""
}
