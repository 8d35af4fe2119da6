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
	cat       *catalog.Catalog
	ep        *endpoint.Matcher
	first     []bool // by the two first anchor bytes, lower-cased
	probes    map[[4]byte][]probe
	hosts     []string        // host patterns of the endpoints that have one
	firstSegs map[string]bool // first path segments of the endpoints without a host
}

const (
	maxURL   = 512 // longest URL candidate
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
	m := &stringMatcher{cat: cat, ep: endpoint.NewMatcher(cat), first: make([]bool, 1<<16),
		probes: map[[4]byte][]probe{}, firstSegs: map[string]bool{}}
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
	}
	add("http", probe{kind: probeHost})
	for _, ep := range cat.Endpoints() {
		switch {
		case ep.Value != "":
			add(ep.Value, probe{kind: probeValue, value: ep.Value})
		case ep.Host != "":
			m.hosts = append(m.hosts, ep.Host)
			if lit := literalPrefix(ep.Host); len(lit) >= 5 {
				add(lit, probe{kind: probeHost, value: lit})
			}
		default:
			seg, _, _ := strings.Cut(ep.Path[1:], "/")
			m.firstSegs[strings.ToLower(seg)] = true
			add(strings.ToLower(ep.Path), probe{kind: probePath})
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
		if !m.first[int(lower[buf[i]])<<8|int(lower[buf[i+1]])] {
			continue
		}
		k := [4]byte{lower[buf[i]], lower[buf[i+1]], lower[buf[i+2]], lower[buf[i+3]]}
		for _, p := range m.probes[k] {
			switch p.kind {
			case probeValue:
				if bytes.HasPrefix(buf[i:], []byte(p.value)) {
					if match, ok := m.ep.MatchEndpoint(p.value, nil); ok {
						found(i, p.value, &match, nil)
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
					found(i, text, &match, nil)
					endpointEnd = i + len(text)
				}
			}
		}
	}
}

// endpointAt matches the longest prefix of b that names an endpoint, for
// an anchor of kind p. Cheap checks first: a URL is only cut back when
// its host (or a prefix of it) matches a catalogued host pattern, a path
// when its first segment is a catalogued one.
func (m *stringMatcher) endpointAt(b []byte, p probe) (string, endpoint.Match, bool) {
	cand := span(b, maxURL, isURLByte)
	min := 0
	switch p.kind {
	case probeHost:
		rest := cand
		if p.value == "" { // "http": a scheme
			i := bytes.Index(cand, []byte("://"))
			if i < 0 || i > len("https") {
				return "", endpoint.Match{}, false
			}
			rest = cand[i+3:]
		}
		host := span(rest, 256, isHostByte)
		if n := m.hostMatch(host); n > 0 {
			min = len(cand) - len(rest) + n
		} else if p.value == "" && len(rest) > len(host) && m.firstSegment(rest[len(host):]) {
			// A catalogued path on any host: the whole URL is the subject.
			min = len(cand) - len(rest) + len(host) + 2
		} else {
			return "", endpoint.Match{}, false
		}
	case probePath:
		if !m.firstSegment(cand) {
			return "", endpoint.Match{}, false
		}
		min = 2
	}
	for k := len(cand); k >= min; k-- {
		s := string(cand[:k])
		if match, ok := m.ep.MatchEndpoint(s, nil); ok {
			return s, match, true
		}
	}
	return "", endpoint.Match{}, false
}

// firstSegment reports whether the path p ("/facepp/v3/…") starts with
// the first segment of a catalogued path without a host (or a prefix of
// one, when the next string of the data is glued to it).
func (m *stringMatcher) firstSegment(p []byte) bool {
	if len(p) < 2 || p[0] != '/' {
		return false
	}
	seg := p[1:]
	if i := bytes.IndexByte(seg, '/'); i >= 0 {
		seg = seg[:i]
	}
	for k := len(seg); k > 0; k-- {
		if m.firstSegs[strings.ToLower(string(seg[:k]))] {
			return true
		}
	}
	return false
}

// hostMatch returns the length of the longest prefix of host that a
// catalogued host pattern matches, or 0.
func (m *stringMatcher) hostMatch(host []byte) int {
	h := strings.ToLower(string(host))
	for k := len(h); k > 0; k-- {
		for _, pat := range m.hosts {
			if ok, _ := path.Match(pat, h[:k]); ok {
				return k
			}
		}
	}
	return 0
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

func isURLByte(c byte) bool {
	return isAlnum(c) || strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%{}", c) >= 0
}

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
