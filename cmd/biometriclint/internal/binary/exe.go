package binary

import (
	"bytes"
	"debug/buildinfo"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"
)

// Executable is one executable image opened for reading: its sections are
// read on demand through r, so that memory stays bounded by the largest
// piece read at once, never the whole file. It is never run.
type Executable struct {
	Format string // "elf", "macho" or "pe"
	GOOS   string
	GOARCH string
	// Build is the embedded build information; nil when it cannot be read
	// (BuildErr says why).
	Build    *debug.BuildInfo
	BuildErr error

	r       io.ReaderAt
	size    int64 // of the file r reads
	order   binary.ByteOrder
	ptrSize int
	pclntab region   // zero size when there is no named section
	data    []region // sections that hold string and other data
}

// region is a range of the file.
type region struct {
	name      string
	off, size int64
	addr      uint64 // virtual address of off
}

// errNotExecutable says that a file is not an ELF, Mach-O or PE file.
var errNotExecutable = errors.New("not an executable (no ELF, Mach-O or PE header)")

// executableMagic reports whether head, a file's first bytes, starts an
// ELF, Mach-O (thin or universal) or PE (MZ) file.
func executableMagic(head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte("\x7fELF")),
		bytes.HasPrefix(head, []byte("MZ")),
		bytes.HasPrefix(head, []byte{0xfe, 0xed, 0xfa, 0xce}), bytes.HasPrefix(head, []byte{0xce, 0xfa, 0xed, 0xfe}),
		bytes.HasPrefix(head, []byte{0xfe, 0xed, 0xfa, 0xcf}), bytes.HasPrefix(head, []byte{0xcf, 0xfa, 0xed, 0xfe}),
		bytes.HasPrefix(head, []byte{0xca, 0xfe, 0xba, 0xbe}):
		return true
	}
	return false
}

// Open reads the headers of the executable in r (size bytes). A universal
// (fat) Mach-O file holds several executables, one per architecture.
// Open fails when r is not an executable; when its headers are damaged,
// it returns the error and the file as one block of data, so that what
// can still be found is.
func Open(r io.ReaderAt, size int64) ([]*Executable, error) {
	head := make([]byte, 4)
	if _, err := r.ReadAt(head, 0); err != nil || !executableMagic(head) {
		return nil, errNotExecutable
	}
	if bytes.Equal(head, []byte{0xca, 0xfe, 0xba, 0xbe}) {
		fat, err := macho.NewFatFile(r)
		if err != nil {
			if errors.Is(err, macho.ErrNotFat) { // a Java class file shares the magic
				return nil, errNotExecutable
			}
			return []*Executable{raw(r, size, head)}, fmt.Errorf("damaged universal Mach-O header: %v", err)
		}
		var exes []*Executable
		for _, a := range fat.Arches {
			x, err := openMachO(a.File, io.NewSectionReader(r, int64(a.Offset), int64(a.Size)))
			if err != nil {
				return nil, err
			}
			x.size = int64(a.Size)
			exes = append(exes, x)
		}
		return exes, nil
	}
	var x *Executable
	var err error
	switch {
	case head[0] == 0x7f:
		var f *elf.File
		if f, err = elf.NewFile(r); err == nil {
			x = openELF(f, r)
		} else {
			err = fmt.Errorf("damaged ELF header: %w", err)
		}
	case head[0] == 'M':
		var f *pe.File
		if f, err = pe.NewFile(r); err == nil {
			x = openPE(f, r)
		} else {
			err = fmt.Errorf("damaged PE header: %w", err)
		}
	default:
		var f *macho.File
		if f, err = macho.NewFile(r); err == nil {
			x, err = openMachO(f, r)
		} else {
			err = fmt.Errorf("damaged Mach-O header: %w", err)
		}
	}
	if err == nil {
		x.size = size
	}
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%v (the file is truncated)", err)
		}
		return []*Executable{raw(r, size, head)}, err
	}
	return []*Executable{x}, nil
}

// raw is an executable whose headers cannot be read, read as one block
// of data: its function table is searched for, and its strings read.
func raw(r io.ReaderAt, size int64, head []byte) *Executable {
	x := &Executable{Format: "damaged", r: r, size: size, order: binary.LittleEndian, ptrSize: 8,
		data: []region{{name: "file", off: 0, size: size}}}
	ident := make([]byte, 6)
	if head[0] == 0x7f && readAt(r, ident, 0) == nil {
		x.Format = "elf"
		if ident[4] == byte(elf.ELFCLASS32) {
			x.ptrSize = 4
		}
		if ident[5] == byte(elf.ELFDATA2MSB) {
			x.order = binary.BigEndian
		}
	}
	x.finish()
	return x
}

// finish reads the build information and fills GOOS and GOARCH from it
// when the headers did not say.
func (x *Executable) finish() {
	x.Build, x.BuildErr = buildinfo.Read(x.r)
	if x.Build == nil {
		return
	}
	for _, s := range x.Build.Settings {
		switch s.Key {
		case "GOOS":
			x.GOOS = s.Value
		case "GOARCH":
			x.GOARCH = s.Value
		}
	}
}

// ELF sections that hold Go metadata rather than program data.
var goMetadata = []string{".gopclntab", ".gosymtab", ".typelink", ".itablink", ".go.buildinfo", ".go.fipsinfo", ".note.go.buildid",
	"__gopclntab", "__gosymtab", "__typelink", "__itablink", "__go_buildinfo", "__go_fipsinfo"}

func openELF(f *elf.File, r io.ReaderAt) *Executable {
	x := &Executable{Format: "elf", r: r, order: f.ByteOrder, ptrSize: 8, GOOS: elfOS(f), GOARCH: elfArch(f.Machine)}
	if f.Class == elf.ELFCLASS32 {
		x.ptrSize = 4
	}
	for _, s := range f.Sections {
		switch {
		case s.Name == ".gopclntab":
			x.pclntab = region{s.Name, int64(s.Offset), int64(s.Size), s.Addr}
		case s.Type == elf.SHT_PROGBITS && s.Flags&elf.SHF_ALLOC != 0 && s.Flags&elf.SHF_EXECINSTR == 0 &&
			!slices.Contains(goMetadata, s.Name):
			x.data = append(x.data, region{s.Name, int64(s.Offset), int64(s.Size), s.Addr})
		}
	}
	x.finish()
	return x
}

func elfOS(f *elf.File) string {
	switch f.OSABI {
	case elf.ELFOSABI_FREEBSD:
		return "freebsd"
	case elf.ELFOSABI_NETBSD:
		return "netbsd"
	case elf.ELFOSABI_OPENBSD:
		return "openbsd"
	}
	return "linux"
}

func elfArch(m elf.Machine) string {
	switch m {
	case elf.EM_X86_64:
		return "amd64"
	case elf.EM_386:
		return "386"
	case elf.EM_AARCH64:
		return "arm64"
	case elf.EM_ARM:
		return "arm"
	case elf.EM_RISCV:
		return "riscv64"
	case elf.EM_PPC64:
		return "ppc64"
	case elf.EM_S390:
		return "s390x"
	case elf.EM_MIPS:
		return "mips"
	case elf.EM_LOONGARCH:
		return "loong64"
	}
	return strings.ToLower(strings.TrimPrefix(m.String(), "EM_"))
}

// Mach-O data sections: read-only data, C strings, constants and data.
var machoData = []string{"__rodata", "__cstring", "__const", "__data", "__noptrdata"}

func openMachO(f *macho.File, r io.ReaderAt) (*Executable, error) {
	x := &Executable{Format: "macho", r: r, order: f.ByteOrder, ptrSize: 8, GOOS: "darwin"}
	if f.Magic == macho.Magic32 {
		x.ptrSize = 4
	}
	switch f.Cpu {
	case macho.CpuAmd64:
		x.GOARCH = "amd64"
	case macho.CpuArm64:
		x.GOARCH = "arm64"
	default:
		x.GOARCH = strings.ToLower(strings.TrimPrefix(f.Cpu.String(), "Cpu"))
	}
	for _, s := range f.Sections {
		if s.Offset == 0 { // zero-fill: nothing in the file
			continue
		}
		switch {
		case s.Name == "__gopclntab":
			x.pclntab = region{s.Name, int64(s.Offset), int64(s.Size), s.Addr}
		case slices.Contains(machoData, s.Name):
			x.data = append(x.data, region{s.Seg + "," + s.Name, int64(s.Offset), int64(s.Size), s.Addr})
		}
	}
	x.finish()
	return x, nil
}

func openPE(f *pe.File, r io.ReaderAt) *Executable {
	x := &Executable{Format: "pe", r: r, order: binary.LittleEndian, ptrSize: 8, GOOS: "windows"}
	switch f.Machine {
	case pe.IMAGE_FILE_MACHINE_AMD64:
		x.GOARCH = "amd64"
	case pe.IMAGE_FILE_MACHINE_I386:
		x.GOARCH = "386"
	case pe.IMAGE_FILE_MACHINE_ARM64:
		x.GOARCH = "arm64"
	default:
		x.GOARCH = fmt.Sprintf("machine %#x", f.Machine)
	}
	var base uint64
	switch h := f.OptionalHeader.(type) {
	case *pe.OptionalHeader32:
		base, x.ptrSize = uint64(h.ImageBase), 4
	case *pe.OptionalHeader64:
		base = h.ImageBase
	}
	var rdata *pe.Section
	for _, s := range f.Sections {
		if s.Characteristics&pe.IMAGE_SCN_CNT_CODE != 0 || s.Characteristics&pe.IMAGE_SCN_CNT_UNINITIALIZED_DATA != 0 || s.Size == 0 {
			continue
		}
		if s.Name == ".rdata" {
			rdata = s
		}
		if s.Name == ".rdata" || s.Name == ".data" {
			x.data = append(x.data, region{s.Name, int64(s.Offset), int64(min(s.Size, max(s.VirtualSize, 1))), base + uint64(s.VirtualAddress)})
		}
	}
	// PE has no pclntab section: the linker's symbols delimit it, when
	// the symbol table is kept (not with -s); else it is searched for.
	var start, end *pe.Symbol
	for _, s := range f.Symbols {
		switch s.Name {
		case "runtime.pclntab":
			start = s
		case "runtime.epclntab":
			end = s
		}
	}
	if start != nil && end != nil && start.SectionNumber == end.SectionNumber && end.Value >= start.Value &&
		start.SectionNumber > 0 && int(start.SectionNumber) <= len(f.Sections) {
		s := f.Sections[start.SectionNumber-1]
		if s == rdata || s.Name == ".rdata" || s.Name == ".data" {
			x.pclntab = region{"runtime.pclntab", int64(s.Offset) + int64(start.Value), int64(end.Value - start.Value), base + uint64(s.VirtualAddress) + uint64(start.Value)}
		}
	}
	x.finish()
	return x
}
