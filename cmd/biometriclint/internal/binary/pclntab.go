package binary

import (
	"bytes"
	"debug/gosym"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The pclntab maps program counters to functions, files and lines; the
// runtime needs it for stack traces, so the linker keeps it even with
// -s -w. Its function name table lists every function of the program,
// the inlined ones included. Header layouts (src/runtime/symtab.go,
// src/debug/gosym/pclntab.go):
//
//	magic uint32, 0, 0, minLC uint8, ptrSize uint8, then ptrSize words:
//	Go 1.18 and later: nfunc, nfiles, textStart, funcnameOffset, cuOffset, ...
//	Go 1.16 and 1.17:  nfunc, nfiles, funcnameOffset, cuOffset, ...
//	Go 1.2 to 1.15:    nfunc, then the function table (read with debug/gosym).
const (
	magic12  = 0xfffffffb
	magic116 = 0xfffffffa
	magic118 = 0xfffffff0
	magic120 = 0xfffffff1
)

// maxPclntab bounds what is read of a pclntab at once: its function name
// table, or the whole table of a Go 1.2-1.15 binary.
const maxPclntab = 1 << 30

var errNoPclntab = errors.New("no Go function table (pclntab): not a Go program, or a damaged one")

// FuncNames calls fn with every function name of the program, as the
// pclntab spells them ("github.com/x/y.(*T).M"), inlined functions
// included, each once per occurrence in the table.
func (x *Executable) FuncNames(fn func(name []byte)) error {
	reg := x.pclntab
	if reg.size == 0 {
		var ok bool
		if reg, ok = x.searchPclntab(); !ok {
			return errNoPclntab
		}
		x.pclntab = reg
	}
	names, err := x.funcNameTable(reg)
	if err != nil {
		return err
	}
	for len(names) > 0 {
		i := bytes.IndexByte(names, 0)
		if i < 0 {
			i = len(names)
		}
		if i > 0 {
			fn(names[:i])
		}
		names = names[min(i+1, len(names)):]
	}
	return nil
}

// header is a parsed pclntab header.
type header struct {
	magic    uint32
	ptrSize  int
	nameOff  int64 // funcnametab, from the start of the pclntab
	nameEnd  int64
	isLegacy bool // Go 1.2-1.15: read with debug/gosym
}

// parseHeader parses the header at the start of b for a pclntab of size
// bytes, in byte order o.
func parseHeader(b []byte, size int64, o binary.ByteOrder) (header, error) {
	if len(b) < 8 {
		return header{}, errNoPclntab
	}
	h := header{magic: o.Uint32(b), ptrSize: int(b[7])}
	if b[4] != 0 || b[5] != 0 || (b[6] != 1 && b[6] != 2 && b[6] != 4) || (h.ptrSize != 4 && h.ptrSize != 8) {
		return header{}, errNoPclntab
	}
	word := func(i int) (int64, bool) {
		at := 8 + i*h.ptrSize
		if at+h.ptrSize > len(b) {
			return 0, false
		}
		if h.ptrSize == 4 {
			return int64(o.Uint32(b[at:])), true
		}
		v := o.Uint64(b[at:])
		return int64(v), v < 1<<62
	}
	var nameIdx int
	switch h.magic {
	case magic12:
		h.isLegacy = true
		return h, nil
	case magic116:
		nameIdx = 2
	case magic118, magic120:
		nameIdx = 3
	default:
		return header{}, errNoPclntab
	}
	var ok1, ok2 bool
	h.nameOff, ok1 = word(nameIdx)
	h.nameEnd, ok2 = word(nameIdx + 1)
	if !ok1 || !ok2 || h.nameOff < int64(8+(nameIdx+2)*h.ptrSize) || h.nameOff >= h.nameEnd || h.nameEnd > size {
		return header{}, fmt.Errorf("damaged Go function table (pclntab): function names at [%d, %d) of a %d-byte table", h.nameOff, h.nameEnd, size)
	}
	return h, nil
}

// funcNameTable reads the function name table of the pclntab in reg.
func (x *Executable) funcNameTable(reg region) ([]byte, error) {
	head := make([]byte, 8+8*8)
	head = head[:min(int64(len(head)), reg.size)]
	if err := readAt(x.r, head, reg.off); err != nil {
		return nil, fmt.Errorf("reading the Go function table (pclntab): %v", err)
	}
	h, err := parseHeader(head, reg.size, x.order)
	if err != nil {
		return nil, err
	}
	if h.isLegacy {
		return x.legacyNames(reg)
	}
	if !x.within(reg.off+h.nameOff, h.nameEnd-h.nameOff) {
		return nil, fmt.Errorf("damaged Go function table (pclntab): its names end past the end of the file")
	}
	if h.nameEnd-h.nameOff > maxPclntab {
		return nil, fmt.Errorf("the names of the Go function table (pclntab) take %d bytes, more than %d", h.nameEnd-h.nameOff, maxPclntab)
	}
	names := make([]byte, h.nameEnd-h.nameOff)
	if err := readAt(x.r, names, reg.off+h.nameOff); err != nil {
		return nil, fmt.Errorf("reading the Go function names (pclntab): %v", err)
	}
	return names, nil
}

// legacyNames lists the function names of a Go 1.2-1.15 pclntab, whose
// names are not in one table, with debug/gosym.
func (x *Executable) legacyNames(reg region) (names []byte, err error) {
	if !x.within(reg.off, reg.size) {
		return nil, fmt.Errorf("damaged Go function table (pclntab): it ends past the end of the file")
	}
	if reg.size > maxPclntab {
		return nil, fmt.Errorf("the Go function table (pclntab) is %d bytes, more than %d", reg.size, maxPclntab)
	}
	data := make([]byte, reg.size)
	if err := readAt(x.r, data, reg.off); err != nil {
		return nil, fmt.Errorf("reading the Go function table (pclntab): %v", err)
	}
	// debug/gosym allocates one entry per function the header claims:
	// each takes two words of the table, so there cannot be more.
	ps := int64(data[7])
	if int64(len(data)) < 8+ps {
		return nil, errors.New("damaged Go function table (pclntab): header cut short")
	}
	var nfunc uint64
	if ps == 4 {
		nfunc = uint64(x.order.Uint32(data[8:]))
	} else {
		nfunc = x.order.Uint64(data[8:])
	}
	if nfunc > uint64(len(data))/uint64(2*ps) {
		return nil, fmt.Errorf("damaged Go function table (pclntab): %d functions in %d bytes", nfunc, len(data))
	}
	defer func() {
		// debug/gosym trusts the table's offsets.
		if recover() != nil {
			names, err = nil, errors.New("damaged Go function table (pclntab)")
		}
	}()
	tab, err := gosym.NewTable(nil, gosym.NewLineTable(data, 0))
	if err != nil {
		return nil, fmt.Errorf("damaged Go function table (pclntab): %v", err)
	}
	var b bytes.Buffer
	for _, f := range tab.Funcs {
		b.WriteString(f.Name)
		b.WriteByte(0)
	}
	return b.Bytes(), nil
}

// searchPclntab looks for a pclntab header in the data sections, for
// executables that do not name it (PE without its symbol table). A header
// counts when it parses and its function names end in a NUL byte.
func (x *Executable) searchPclntab() (region, bool) {
	var magics [][]byte
	for _, m := range []uint32{magic120, magic118, magic116, magic12} {
		b := make([]byte, 6)
		x.order.PutUint32(b, m)
		magics = append(magics, b)
	}
	var found region
	for _, reg := range x.data {
		eachChunk(x.r, reg, 64, func(buf []byte, base int64) bool {
			for _, m := range magics {
				for i := 0; ; {
					j := bytes.Index(buf[i:], m)
					if j < 0 {
						break
					}
					at := base + int64(i+j)
					cand := region{"pclntab", at, reg.off + reg.size - at, reg.addr + uint64(at-reg.off)}
					if x.validPclntab(cand) {
						found = cand
						return false
					}
					i += j + 1
				}
			}
			return true
		})
		if found.size > 0 {
			return found, true
		}
	}
	return region{}, false
}

func (x *Executable) validPclntab(reg region) bool {
	head := make([]byte, 8+8*8)
	n, _ := x.r.ReadAt(head[:min(int64(len(head)), reg.size)], reg.off)
	h, err := parseHeader(head[:n], reg.size, x.order)
	if err != nil {
		return false
	}
	if h.isLegacy {
		return true
	}
	last := make([]byte, 1)
	_, err = x.r.ReadAt(last, reg.off+h.nameEnd-1)
	return err == nil && last[0] == 0
}

// chunkSize is how much of a section is read at once.
const chunkSize = 1 << 20

// eachChunk calls fn with the bytes of reg, chunkSize at a time, each
// chunk overlapping the previous one by overlap bytes so that a match
// across a boundary is seen whole; base is the file offset of buf[0].
// fn returns false to stop. A read error ends the walk.
func eachChunk(r io.ReaderAt, reg region, overlap int, fn func(buf []byte, base int64) bool) error {
	if reg.size <= 0 {
		return nil // an empty section, or what is left of one after alignment: PIE has some at odd addresses
	}
	buf := make([]byte, min(int64(chunkSize+overlap), reg.size))
	for off := int64(0); off < reg.size; off += chunkSize {
		n := min(int64(len(buf)), reg.size-off)
		if err := readAt(r, buf[:n], reg.off+off); err != nil {
			return fmt.Errorf("reading section %s: %v", reg.name, err)
		}
		if !fn(buf[:n], reg.off+off) || off+n >= reg.size {
			break
		}
	}
	return nil
}

// within reports whether n bytes at off lie in the file (always, when its
// size is unknown): nothing larger than the file is allocated.
func (x *Executable) within(off, n int64) bool {
	return x.size == 0 || off >= 0 && n >= 0 && off <= x.size && n <= x.size-off
}

// readAt fills buf from offset off of r: a file that ends before is
// truncated.
func readAt(r io.ReaderAt, buf []byte, off int64) error {
	n, err := r.ReadAt(buf, off)
	if n == len(buf) {
		return nil
	}
	if err == nil || err == io.EOF {
		err = fmt.Errorf("file truncated: %d bytes missing at offset %d", len(buf)-n, off+int64(n))
	}
	return err
}
