package binary

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/internal/workdir"
)

// Binary is what was read of one Go executable.
type Binary struct {
	// Name identifies the executable in reports: its path, or for a file
	// of an image, "IMAGE!/path/in/image".
	Name string
	// Provenance.
	File     string // the file or image given on the command line, or found in a directory
	InImage  string // path of the executable in the image
	ImageRef string // the image's reference (tag, or digest)
	Layer    string // the layer the executable comes from: "2/3 sha256:…" (diff ID)
	Size     int64
	SHA256   string
	Format   string // elf, macho, pe
	GOOS     string
	GOARCH   string
	Go       string // Go version, from the build info
	Main     string // main module path and version, from the build info

	Symbols  []LinkedSymbol
	Packages []*catalog.Package // dedicated packages linked in
	Modules  []LinkedModule     // modules of the build info
	Strings  []*stringHit
	// ReflectMethods: the program calls methods by name through reflect,
	// which keeps every exported method of the types it keeps.
	ReflectMethods bool
	// Problems are what could not be read of this executable.
	Problems []string
}

// LinkedSymbol is a catalogued symbol linked into an executable.
type LinkedSymbol struct {
	Symbol *catalog.Symbol
	Shown  string // "rekognition.(*Client).DetectFaces"
}

// LinkedModule is a module of the build info.
type LinkedModule struct {
	Path, Version string
	// Dedicated is the module as the catalog decides it exists only for
	// biometrics (catalog.Catalog.Module); nil for other modules.
	Dedicated *catalog.ModuleInfo
}

// Problem is an input, or part of one, that could not be read.
type Problem struct {
	Where, Reason string
}

// Result is what Scan read.
type Result struct {
	Binaries []*Binary
	Problems []Problem
}

// Scanner reads executables and images against a catalog.
type Scanner struct {
	cat     *catalog.Catalog
	strings *stringMatcher
	res     *Result
}

// Scan reads each path: a Go executable, a directory (every executable
// under it, symbolic links under it not followed), an image tarball
// (docker save or OCI archive, gzipped or not) or an OCI image layout.
func Scan(cat *catalog.Catalog, paths []string) *Result {
	s := &Scanner{cat: cat, strings: newStringMatcher(cat), res: &Result{}}
	for _, p := range paths {
		s.path(p)
	}
	slices.SortStableFunc(s.res.Binaries, func(a, b *Binary) int { return strings.Compare(a.Name, b.Name) })
	return s.res
}

func (s *Scanner) problem(where, format string, args ...any) {
	s.res.Problems = append(s.res.Problems, Problem{where, fmt.Sprintf(format, args...)})
}

func (s *Scanner) path(p string) {
	fi, err := os.Stat(p)
	if err != nil {
		s.problem(p, "%v", errors.Unwrap(err))
		return
	}
	switch {
	case fi.IsDir() && isLayout(p):
		s.layout(p, p)
	case fi.IsDir():
		s.dir(p)
	case !fi.Mode().IsRegular():
		s.problem(p, "not a regular file")
	default:
		s.file(p, true)
	}
}

// dir reads every executable under root; other files are skipped, and
// executables that are not Go programs are counted in one problem. A
// directory where nothing is read or reported is a problem too: a wrong
// path must not pass as a clean one.
func (s *Scanner) dir(root string) {
	defer s.noneRead(root, len(s.res.Binaries), len(s.res.Problems), "or OCI image layout under it: check the path (an image tarball is read when named on the command line)")
	var notGo []string
	// A link named on the command line is followed; links under it are not.
	err := workdir.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			s.problem(p, "%v", errors.Unwrap(err))
			return nil
		}
		if d.IsDir() && p != root && isLayout(p) {
			s.layout(p, p)
			return fs.SkipDir
		}
		if !d.Type().IsRegular() {
			return nil
		}
		if name := s.file(p, false); name != "" {
			if rel, err := filepath.Rel(root, name); err == nil {
				name = filepath.ToSlash(rel)
			}
			notGo = append(notGo, name)
		}
		return nil
	})
	if err != nil {
		s.problem(root, "%v", err)
	}
	s.notGo(root, notGo)
}

// noneRead reports where, a directory or an image, when reading it neither
// recorded an executable nor reported a problem since the counts given.
func (s *Scanner) noneRead(where string, binaries, problems int, what string) {
	if len(s.res.Binaries) == binaries && len(s.res.Problems) == problems {
		s.problem(where, "no executable (ELF, Mach-O, PE) %s", what)
	}
}

// notGo reports the executables of a directory or image that are not Go
// programs: not examined, so the run is incomplete.
func (s *Scanner) notGo(where string, names []string) {
	if len(names) == 0 {
		return
	}
	const shown = 5
	list := strings.Join(names[:min(len(names), shown)], ", ")
	if len(names) > shown {
		list += fmt.Sprintf(" and %d more", len(names)-shown)
	}
	s.problem(where, "%d %s, not examined: %s", len(names), plural(len(names), "executable is not a Go program", "executables are not Go programs"), list)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// file reads the file at p: an executable, or (when explicit) an image
// tarball. In a directory walk, files that are not executables are
// skipped, and the name of an executable that is not a Go program is
// returned for the caller to report.
func (s *Scanner) file(p string, explicit bool) (notGo string) {
	f, err := os.Open(p)
	if err != nil {
		s.problem(p, "%v", errors.Unwrap(err))
		return ""
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		s.problem(p, "%v", err)
		return ""
	}
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	switch {
	case executableMagic(head):
		if !s.executable(f, fi.Size(), &Binary{Name: p, File: p}, explicit) {
			return p
		}
	case explicit && isTar(head):
		s.tarball(p, p)
	case explicit && gzipped(head):
		tarPath, err := gunzipTarball(p)
		if err != nil {
			s.problem(p, "%v", err)
			return ""
		}
		defer os.Remove(tarPath)
		s.tarball(p, tarPath)
	case explicit:
		s.problem(p, "not an executable (ELF, Mach-O, PE), an image tarball (docker save or OCI archive, gzipped or not) or an OCI image layout")
	}
	return ""
}

// isTar reports whether head starts a tar archive (POSIX ustar or GNU).
func isTar(head []byte) bool {
	return len(head) >= 263 && string(head[257:262]) == "ustar"
}

// executable reads the executable in r into b, and records it. It returns
// false, recording nothing, for an executable that is not a Go program
// when explicit is false (the caller counts those).
func (s *Scanner) executable(r io.ReaderAt, size int64, b *Binary, explicit bool) bool {
	b.Size = size
	exes, err := Open(r, size)
	if err != nil {
		if exes == nil {
			s.problem(b.Name, "%v", err)
			return true
		}
		b.Problems = append(b.Problems, err.Error()+": the rest of the file is read as data")
	}
	sum, err := digest(r, size)
	if err != nil {
		s.problem(b.Name, "%v", err)
		return true
	}
	b.SHA256 = sum
	for i, x := range exes {
		one := *b
		if len(exes) > 1 {
			one.Name = fmt.Sprintf("%s (%s/%s)", b.Name, x.GOOS, x.GOARCH)
		}
		if !s.read(x, &one, explicit) {
			if explicit {
				for _, p := range one.Problems {
					s.problem(one.Name, "%s", p)
				}
			} else if i == 0 {
				return false
			}
			continue
		}
		s.res.Binaries = append(s.res.Binaries, &one)
	}
	return true
}

// read fills b from x. It returns false for an executable that is not a
// Go program: neither build info nor a function table.
func (s *Scanner) read(x *Executable, b *Binary, explicit bool) bool {
	b.Format, b.GOOS, b.GOARCH = x.Format, x.GOOS, x.GOARCH
	l, symErr := matchFuncs(s.cat, x)
	if x.Build == nil && symErr != nil {
		if explicit {
			s.problem(b.Name, "not a Go program: %s", strings.TrimPrefix(x.BuildErr.Error(), "could not read Go build info: "))
		}
		return false
	}
	if x.Build != nil {
		b.Go = x.Build.GoVersion
		b.Main = modString(x.Build.Main)
		b.Modules = s.linkedModules(x.Build)
	} else {
		b.Problems = append(b.Problems, fmt.Sprintf("no Go build information (stripped or damaged: %v): its modules are not listed", x.BuildErr))
	}
	if symErr != nil {
		b.Problems = append(b.Problems, fmt.Sprintf("the functions linked in cannot be listed: %v", symErr))
	} else {
		for sym, shown := range l.symbols {
			b.Symbols = append(b.Symbols, LinkedSymbol{sym, shown})
		}
		slices.SortFunc(b.Symbols, func(a, c LinkedSymbol) int { return strings.Compare(a.Shown, c.Shown) })
		for p := range l.packages {
			b.Packages = append(b.Packages, p)
		}
		slices.SortFunc(b.Packages, func(a, c *catalog.Package) int { return strings.Compare(a.Path, c.Path) })
		b.ReflectMethods = l.reflectMethods
	}
	hits, err := x.scanStrings(s.strings)
	if err != nil {
		b.Problems = append(b.Problems, fmt.Sprintf("the data sections cannot be fully read: %v", err))
	}
	x.findEmbedded(hits)
	b.Strings = hits
	return true
}

// linkedModules returns the modules of the build info (the main module
// and the dependencies, replacements too), with those that exist only for
// biometrics marked, as modrequire decides.
func (s *Scanner) linkedModules(bi *debug.BuildInfo) []LinkedModule {
	var out []LinkedModule
	add := func(m *debug.Module) {
		if m != nil && m.Path != "" {
			var dedicated *catalog.ModuleInfo
			if mi := s.cat.Module(m.Path); mi != nil && mi.Dedicated {
				dedicated = mi
			}
			out = append(out, LinkedModule{m.Path, m.Version, dedicated})
		}
	}
	add(&bi.Main)
	for _, d := range bi.Deps {
		add(d)
		if d.Replace != nil && d.Replace.Path != d.Path {
			add(d.Replace)
		}
	}
	slices.SortFunc(out, func(a, b LinkedModule) int { return strings.Compare(a.Path+" "+a.Version, b.Path+" "+b.Version) })
	return slices.CompactFunc(out, func(a, b LinkedModule) bool { return a.Path == b.Path && a.Version == b.Version })
}

func modString(m debug.Module) string {
	if m.Path == "" {
		return ""
	}
	if m.Version == "" {
		return m.Path
	}
	return m.Path + " " + m.Version
}

// digest is the SHA-256 of the size bytes of r, read in chunks.
func digest(r io.ReaderAt, size int64) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(r, 0, size)); err != nil {
		return "", fmt.Errorf("reading the file: %v", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
