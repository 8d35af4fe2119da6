package binary

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
)

// A Go binary keeps its string constants in its data sections, packed
// one after the other without separators: "…/facepp/v3/detectnet/http: …".
// So strings are found from anchors (the start of a URL, of a catalogued
// path, operation name or model file name), extended over the characters
// such a string may hold, and cut back to the longest prefix that the
// catalog's matchers (endpoint.Matcher, catalog.Model) accept: the one
// implementation of each rule, applied to candidates.

// stringHit is an endpoint or model file name found in the data.
type stringHit struct {
	text    string
	section string
	off     int64 // file offset
	ep      *endpoint.Match
	model   *catalog.ModelFile
	// embedded is the embed.FS file the name belongs to, when the name is
	// a file of one: its full name and size.
	embedded     string
	embeddedSize int64
}

type probeKind uint8

const (
	probeHost  probeKind = iota // "http": a URL with a host
	probePath                   // a catalogued path without a host
	probeValue                  // an operation name, exactly
	probeModel                  // a model file name
)

type probe struct {
	kind  probeKind
	value string // the literal the anchor starts (lower case but for values)
}

// stringMatcher finds catalogued strings in data.
type stringMatcher struct {
	cat      *catalog.Catalog
	ep       *endpoint.Matcher
	first    []bool // by the two first anchor bytes, lower-cased
	second   []bool // by the two next ones
	probes   map[[4]byte][]probe
	hosts    []hostPattern     // host patterns of the endpoints that have one
	paths    [][]string        // the catalogued paths, in lower-case segments
	byFirst  map[[2]byte][]int // indexes of paths, by the first two bytes of their first segment
	anyFirst []int             // indexes of paths whose first segment is a placeholder
	ends     []int             // scratch space of endpointAt: a matcher is not for concurrent use
}

// hostPattern is a host pattern and its literal end, after any wildcard:
// a host that matches ends with it.
type hostPattern struct {
	pattern string
	suffix  []byte
}

const (
	maxURL   = 512 // longest path segment
	maxModel = 256 // longest model file name candidate
)

var lower [256]byte

func init() {
	for i := range lower {
		lower[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			lower[i] = byte(i) + 'a' - 'A'
		}
	}
}

func newStringMatcher(cat *catalog.Catalog) *stringMatcher {
	m := &stringMatcher{cat: cat, ep: endpoint.NewMatcher(cat), first: make([]bool, 1<<16), second: make([]bool, 1<<16), byFirst: map[[2]byte][]int{},
		probes: map[[4]byte][]probe{}}
	add := func(lit string, p probe) {
		if len(lit) < 4 {
			return
		}
		var k [4]byte
		for i := range k {
			k[i] = lower[lit[i]]
		}
		if !slices.Contains(m.probes[k], p) {
			m.probes[k] = append(m.probes[k], p)
		}
		m.first[int(k[0])<<8|int(k[1])] = true
		m.second[int(k[2])<<8|int(k[3])] = true
	}
	add("http", probe{kind: probeHost})
	for _, ep := range cat.Endpoints() {
		switch {
		case ep.Value != "":
			add(ep.Value, probe{kind: probeValue, value: ep.Value})
		case ep.Host != "":
			suffix := ep.Host[strings.LastIndexAny(ep.Host, `*?]`)+1:]
			if !slices.ContainsFunc(m.hosts, func(h hostPattern) bool { return h.pattern == ep.Host }) {
				m.hosts = append(m.hosts, hostPattern{ep.Host, []byte(suffix)})
			}
			if lit := literalPrefix(ep.Host); len(lit) >= 5 {
				add(lit, probe{kind: probeHost, value: lit})
			}
		default:
			add(strings.ToLower(ep.Path), probe{kind: probePath})
		}
		if ep.Path != "" {
			segs := strings.Split(strings.ToLower(ep.Path[1:]), "/")
			for i, seg := range segs {
				if catalog.IsPathPlaceholder(seg) {
					segs[i] = anySegment
				}
			}
			if !slices.ContainsFunc(m.paths, func(p []string) bool { return slices.Equal(p, segs) }) {
				if first := segs[0]; first == anySegment || len(first) < 2 {
					m.anyFirst = append(m.anyFirst, len(m.paths))
				} else {
					k := [2]byte{first[0], first[1]}
					m.byFirst[k] = append(m.byFirst[k], len(m.paths))
				}
				m.paths = append(m.paths, segs)
			}
		}
	}
	for _, mf := range cat.Models() {
		lit := literalPrefix(strings.ToLower(mf.Name))
		add(lit, probe{kind: probeModel, value: lit})
	}
	return m
}

// literalPrefix is the start of a path.Match pattern before any wildcard.
func literalPrefix(pattern string) string {
	if i := strings.IndexAny(pattern, `*?[\`); i >= 0 {
		return pattern[:i]
	}
	return pattern
}

// scan calls found for every catalogued string that starts in
// buf[:limit]; buf may run on past limit (the overlap with the next
// chunk), so that a string across the boundary is seen whole.
func (m *stringMatcher) scan(buf []byte, limit int, found func(at int, text string, ep *endpoint.Match, mf *catalog.ModelFile)) {
	endpointEnd := 0 // the end of the last endpoint found: no other starts inside it
	for i := 0; i+4 <= len(buf) && i < limit; i++ {
		if !m.first[int(lower[buf[i]])<<8|int(lower[buf[i+1]])] || !m.second[int(lower[buf[i+2]])<<8|int(lower[buf[i+3]])] {
			continue
		}
		k := [4]byte{lower[buf[i]], lower[buf[i+1]], lower[buf[i+2]], lower[buf[i+3]]}
		for _, p := range m.probes[k] {
			switch p.kind {
			case probeValue:
				if len(buf)-i >= len(p.value) && string(buf[i:i+len(p.value)]) == p.value {
					if match, ok := m.ep.MatchEndpoint(p.value, nil); ok {
						found(i, p.value, new(match), nil)
					}
				}
			case probeModel:
				if !hasPrefixFold(buf[i:], p.value) {
					continue
				}
				cand := span(buf[i:], maxModel, isFileNameByte)
				for k := len(cand); k >= len(p.value); k-- {
					if mf := m.cat.Model(string(cand[:k])); mf != nil {
						found(i, string(cand[:k]), nil, mf)
						break
					}
				}
			case probeHost, probePath:
				if i < endpointEnd {
					continue
				}
				if text, match, ok := m.endpointAt(buf[i:], p); ok {
					found(i, text, new(match), nil)
					endpointEnd = i + len(text)
				}
			}
		}
	}
}

// endpointAt matches the shortest prefix of b that names an endpoint,
// for an anchor of kind p: where the program's string ends is not in the
// data, and what follows may be the next string. The prefixes tried are
// the ends of the catalogued paths (and hosts) that b starts with, found
// cheaply; the endpoint matcher decides.
func (m *stringMatcher) endpointAt(b []byte, p probe) (string, endpoint.Match, bool) {
	ends := m.ends[:0]
	switch p.kind {
	case probeHost:
		start := 0
		if p.value == "" { // "http": a scheme first
			i := bytes.Index(b[:min(len(b), len("https://"))], []byte("://"))
			if i < 0 {
				return "", endpoint.Match{}, false
			}
			start = i + 3
		}
		host := span(b[start:], 256, isHostByte)
		if n := m.hostMatch(host); n > 0 {
			ends = append(ends, start+n)
			if n == len(host) {
				ends = m.pathEnds(b, start+n, ends)
			}
		} else if p.value == "" {
			ends = m.pathEnds(b, start+len(host), ends) // a catalogued path on any host
		}
	case probePath:
		ends = m.pathEnds(b, 0, ends)
	}
	m.ends = ends // kept for the next call
	slices.Sort(ends)
	for _, k := range slices.Compact(ends) {
		s := string(b[:k])
		if match, ok := m.ep.MatchEndpoint(s, nil); ok {
			return s, match, true
		}
	}
	return "", endpoint.Match{}, false
}

// anySegment stands for a path placeholder ("{version}") in
// stringMatcher.paths.
const anySegment = "{}"

// pathEnds appends to ends the offsets in b where a catalogued path that
// starts at b[at:] ends: its segments compared ignoring case, "{x}" any
// one segment, the last one perhaps glued to the next string.
func (m *stringMatcher) pathEnds(b []byte, at int, ends []int) []int {
	if at+3 > len(b) || b[at] != '/' {
		return ends
	}
	ends = m.pathEndsOf(b, at, ends, m.anyFirst)
	return m.pathEndsOf(b, at, ends, m.byFirst[[2]byte{lower[b[at+1]], lower[b[at+2]]}])
}

func (m *stringMatcher) pathEndsOf(b []byte, at int, ends []int, paths []int) []int {
	for _, pi := range paths {
		segs := m.paths[pi]
		pos, ok := at, true
		for _, seg := range segs {
			if pos >= len(b) || b[pos] != '/' {
				ok = false
				break
			}
			pos++
			if seg == anySegment {
				n := len(span(b[pos:], maxURL, isSegByte))
				if n == 0 {
					ok = false
					break
				}
				pos += n
				continue
			}
			if !hasPrefixFold(b[pos:], seg) {
				ok = false
				break
			}
			pos += len(seg)
		}
		if ok {
			ends = append(ends, pos)
		}
	}
	return ends
}

// hostMatch returns the length of the longest prefix of host that a
// catalogued host pattern matches, or 0.
func (m *stringMatcher) hostMatch(host []byte) int {
	if bytes.IndexByte(host, '.') < 0 { // every catalogued host has one
		return 0
	}
	var lb [256]byte
	h := lb[:min(len(host), len(lb))]
	for i := range h {
		h[i] = lower[host[i]]
	}
	best := 0
	for _, hp := range m.hosts {
		// Only prefixes that end with the pattern's literal end can match.
		for i := 0; i <= len(h); {
			j := bytes.Index(h[i:], hp.suffix)
			if j < 0 {
				break
			}
			k := i + j + len(hp.suffix)
			if k > best {
				if ok, _ := path.Match(hp.pattern, string(h[:k])); ok {
					best = k
				}
			}
			i += j + 1
		}
	}
	return best
}

func hasPrefixFold(b []byte, lowerPrefix string) bool {
	if len(b) < len(lowerPrefix) {
		return false
	}
	for i := 0; i < len(lowerPrefix); i++ {
		if lower[b[i]] != lowerPrefix[i] {
			return false
		}
	}
	return true
}

// span returns the longest prefix of b, at most n bytes, of bytes ok accepts.
func span(b []byte, n int, ok func(byte) bool) []byte {
	i := 0
	for i < len(b) && i < n && ok(b[i]) {
		i++
	}
	return b[:i]
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isFileNameByte(c byte) bool {
	return isAlnum(c) || strings.IndexByte("._-/+~", c) >= 0
}

func isHostByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '-'
}

// isSegByte reports whether c may be part of a URL path segment.
func isSegByte(c byte) bool { return segByte[c] }

var segByte = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnum(byte(c)) || strings.IndexByte("-._~:[]@!$&'()*+,;=%{}", byte(c)) >= 0
	}
	return t
}()

// scanStrings finds the catalogued strings of x's data sections, the
// pclntab excluded, each text once (at its first place).
func (x *Executable) scanStrings(m *stringMatcher) ([]*stringHit, error) {
	var hits []*stringHit
	seen := map[string]bool{}
	for _, reg := range x.dataRegions() {
		err := eachChunk(x.r, reg, maxURL, func(buf []byte, base int64) bool {
			m.scan(buf, chunkSize, func(at int, text string, ep *endpoint.Match, mf *catalog.ModelFile) {
				if !seen[text] {
					seen[text] = true
					hits = append(hits, &stringHit{text: text, section: reg.name, off: base + int64(at), ep: ep, model: mf})
				}
			})
			return true
		})
		if err != nil {
			return hits, err
		}
	}
	return hits, nil
}

// dataRegions are the data sections, less the pclntab when it lies in one
// of them (PE keeps it in .rdata).
func (x *Executable) dataRegions() []region {
	var out []region
	p := x.pclntab
	for _, reg := range x.data {
		if p.size == 0 || p.off >= reg.off+reg.size || p.off+p.size <= reg.off {
			out = append(out, reg)
			continue
		}
		if p.off > reg.off {
			out = append(out, region{reg.name, reg.off, p.off - reg.off, reg.addr})
		}
		if end := p.off + p.size; end < reg.off+reg.size {
			out = append(out, region{reg.name, end, reg.off + reg.size - end, reg.addr + uint64(end-reg.off)})
		}
	}
	return out
}
