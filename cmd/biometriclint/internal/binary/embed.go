package binary

// A //go:embed variable of type embed.FS points to a list of files, each
// {name string; data string; hash [16]byte}: in the data sections, a
// pointer to the file's name and its length, then a pointer to its
// content and its length. A model file name found in the data is an
// embedded file when such a record points to a name that ends with it.
// (Embedding into a string or []byte keeps no name: such a model is
// found only if its name appears elsewhere.)

// maxEmbedDir bounds the directories before an embedded file's base name.
const maxEmbedDir = 256

// findEmbedded marks the model file hits that are files of an embed.FS,
// with their full name and size, in one pass over the data sections.
func (x *Executable) findEmbedded(hits []*stringHit) {
	type want struct {
		hit        *stringHit
		start, end uint64 // virtual addresses of the name found
		reg        region
	}
	var wants []want
	for _, h := range hits {
		if h.model == nil {
			continue
		}
		for _, reg := range x.data {
			if h.off >= reg.off && h.off < reg.off+reg.size {
				start := reg.addr + uint64(h.off-reg.off)
				wants = append(wants, want{h, start, start + uint64(len(h.text)), reg})
			}
		}
	}
	if len(wants) == 0 || x.ptrSize == 0 {
		return
	}
	ps := x.ptrSize
	word := func(b []byte) uint64 {
		if ps == 4 {
			return uint64(x.order.Uint32(b))
		}
		return x.order.Uint64(b)
	}
	for _, reg := range x.dataRegions() {
		skip := int((uint64(ps) - reg.addr%uint64(ps)) % uint64(ps))
		eachChunk(x.r, region{reg.name, reg.off + int64(skip), reg.size - int64(skip), reg.addr + uint64(skip)}, 4*ps, func(buf []byte, base int64) bool {
			for i := 0; i+4*ps <= len(buf) && i < chunkSize; i += ps {
				p, n := word(buf[i:]), word(buf[i+ps:])
				for k := range wants {
					w := &wants[k]
					if w.hit.embedded != "" || p > w.start || w.start-p > maxEmbedDir || p+n != w.end {
						continue
					}
					name := make([]byte, n)
					if readAt(x.r, name, w.hit.off-int64(w.start-p)) == nil && validName(name, w.hit.text) {
						w.hit.embedded, w.hit.embeddedSize = string(name), int64(word(buf[i+3*ps:]))
					}
				}
			}
			return true
		})
	}
}

// validName reports whether name, read where an embed record points, is a
// file name ending with the model name found.
func validName(name []byte, found string) bool {
	if len(name) < len(found) || string(name[len(name)-len(found):]) != found {
		return false
	}
	for _, c := range name {
		if !isFileNameByte(c) {
			return false
		}
	}
	return true
}
