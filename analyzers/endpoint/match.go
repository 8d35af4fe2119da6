package endpoint

import (
	"go/ast"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// Param is a request parameter the code sets near an endpoint: a query
// or form field, a header, a JSON key or a field of the request body.
type Param struct {
	Name, Value string
	Node        ast.Node // where the code sets it; nil when unknown
}

// Match is an endpoint a string names, with what decided its category.
type Match struct {
	Endpoint *catalog.Endpoint
	Param    *catalog.EndpointParam // nil when the bare endpoint decided
	Via      Param                  // the request parameter that matched Param
	Category catalog.Category
	What     string
	// JoinedTo is the dedicated host a joined path was resolved against
	// ("api.luxand.cloud"), when the string itself names no host.
	JoinedTo string
}

// Matcher classifies strings against the catalog's endpoints.
type Matcher struct {
	byValue   map[string]*catalog.Endpoint
	addresses []address
	index     addressIndex
	// withPaths are the host patterns that have endpoints with a path: a
	// URL with a path on such a dedicated host is decided by them.
	withPaths map[string]bool
	// The dedicated hosts: literal ones, and patterns with wildcards.
	dedicated        map[string]bool
	dedicatedPattern []address
	// dottedHosts is true when every dedicated host, and the literal text
	// of every pattern, holds a dot: then a string without one names none.
	dottedHosts bool
	// plainValues is true when an exact value has neither a dot nor a
	// slash: only then is a string without either looked up.
	plainValues bool
}

type address struct {
	ep   *catalog.Endpoint
	segs []string // path segments, "{x}" for any
	// The host pattern's literal text before its first and after its last
	// wildcard: a host that lacks either cannot match, which is decided
	// without the backtracking of path.Match ("*api.luxand.cloud").
	hostPrefix, hostSuffix string
	hostLiteral            bool // the pattern has no wildcard
}

// NewMatcher indexes the endpoints of cat.
func NewMatcher(cat *catalog.Catalog) *Matcher {
	eps := cat.Endpoints()
	m := &Matcher{byValue: map[string]*catalog.Endpoint{}, withPaths: map[string]bool{}, dedicated: map[string]bool{}, addresses: make([]address, 0, len(eps))}
	for _, ep := range eps {
		if ep.Dedicated && ep.Host != "" && ep.Value == "" {
			if a := newHostPattern(ep); !a.hostLiteral {
				if !slices.ContainsFunc(m.dedicatedPattern, func(b address) bool { return b.ep.Host == ep.Host }) {
					m.dedicatedPattern = append(m.dedicatedPattern, a)
				}
			} else {
				m.dedicated[ep.Host] = true
			}
		}
		if ep.Host != "" && ep.Path != "" {
			m.withPaths[ep.Host] = true
		}
		if ep.Value != "" {
			if _, dup := m.byValue[ep.Value]; !dup {
				m.byValue[ep.Value] = ep
			}
			continue
		}
		var segs []string
		if ep.Path != "" {
			segs = strings.Split(ep.Path[1:], "/")
		}
		a := newHostPattern(ep)
		a.segs = segs
		m.addresses = append(m.addresses, a)
	}
	m.index = newAddressIndex(m.addresses)
	m.plainValues = slices.ContainsFunc(slices.Collect(maps.Keys(m.byValue)), func(v string) bool { return !mayName(v) })
	m.dottedHosts = !slices.ContainsFunc(slices.Collect(maps.Keys(m.dedicated)), noDot) &&
		!slices.ContainsFunc(m.dedicatedPattern, func(a address) bool { return noDot(a.hostPrefix) && noDot(a.hostSuffix) })
	return m
}

func noDot(s string) bool { return !strings.Contains(s, ".") }

// NamesUnseparated reports whether a text without a dot, a slash or a
// backslash (strconst.Separated) can name a catalogued endpoint or
// dedicated host: an exact value with neither a dot nor a slash, or a
// dedicated host without a dot. Unless it can, the strings
// strconst.Folder.Named leaves out name none.
func (m *Matcher) NamesUnseparated() bool { return m.plainValues || !m.dottedHosts }

// mayName reports whether s can be a URL or a path that splitURL splits:
// either has a dot (a host) or a slash (a path). Most strings of a program
// have neither, and are told apart without splitting them, or looking them
// up as exact values unless a value of the catalog has neither.
func mayName(s string) bool {
	return strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '.') >= 0
}

// MatchEndpoint reports whether s (folded text, see strconst) names a
// catalogued endpoint, and which one, given the request parameters set
// near it. The query string of s counts as parameters too. An endpoint
// with parameters takes the category of the most restricted parameter
// that matches; without one, the endpoint's own, if it has one.
func (m *Matcher) MatchEndpoint(s string, params []Param) (Match, bool) {
	s = strings.TrimSpace(s)
	named := mayName(s)
	if ep := m.value(s, named); ep != nil {
		return decide(ep, params)
	}
	if !named {
		return Match{}, false
	}
	u, ok := splitURL(s)
	if !ok {
		return Match{}, false
	}
	var all []Param
	var buf [16]int
	for _, i := range m.index.candidates(buf[:0], u) {
		a := m.addresses[i]
		if !a.matches(u, m.withPaths) {
			continue
		}
		if all == nil {
			all = append(queryParams(u.query, nil), params...)
		}
		if match, ok := decide(a.ep, all); ok {
			return match, true
		}
	}
	return Match{}, false
}

// value returns the endpoint whose exact value is s (trimmed); named says
// whether s has a dot or a slash (mayName). One without either is looked
// up only when a value of the catalog has neither.
func (m *Matcher) value(s string, named bool) *catalog.Endpoint {
	if !named && !m.plainValues {
		return nil
	}
	return m.byValue[s]
}

// Names reports whether s names a catalogued endpoint, whatever its
// parameters: only then are the parameters worth collecting.
func (m *Matcher) Names(s string) bool {
	s = strings.TrimSpace(s)
	named := mayName(s)
	if m.value(s, named) != nil {
		return true
	}
	if !named {
		return false
	}
	u, ok := splitURL(s)
	if !ok {
		return false
	}
	var buf [16]int
	for _, i := range m.index.candidates(buf[:0], u) {
		if m.addresses[i].matches(u, m.withPaths) {
			return true
		}
	}
	return false
}

// DedicatedHost returns the host s names when it is a catalogued host that
// serves only biometric products (a base URL such as
// "https://api.luxand.cloud"), else "".
func (m *Matcher) DedicatedHost(s string) string {
	if m.dottedHosts && strings.IndexByte(s, '.') < 0 {
		return ""
	}
	host, known, _, _ := splitHost(strings.TrimSpace(s))
	if !known || host == "" {
		return ""
	}
	if m.dedicated[host] {
		return host
	}
	for _, p := range m.dedicatedPattern {
		if hostPatternMatches(p, host) {
			return host
		}
	}
	return ""
}

// Joined returns s as a URL on one of hosts (the dedicated hosts the
// package names, sorted; asked for only when s is a joined path) when s
// is a path joined to an unknown base
// (baseURL + "/photo/verify" folds to "…/photo/verify") that names an
// endpoint of that host, and the host.
func (m *Matcher) Joined(s string, hosts func() []string) (url, host string, ok bool) {
	rest, isJoined := strings.CutPrefix(strings.TrimSpace(s), strconst.Unknown)
	if !isJoined || !strings.HasPrefix(rest, "/") {
		return "", "", false
	}
	for _, h := range hosts() {
		if u := "https://" + h + rest; m.Names(u) {
			return u, h, true
		}
	}
	return "", "", false
}

// decide picks the category of a call to ep.
func decide(ep *catalog.Endpoint, params []Param) (Match, bool) {
	best := Match{Endpoint: ep, Category: ep.Category, What: ep.What}
	rank := len(catalog.Categories)
	for _, p := range ep.Params {
		r := p.Category.Rank()
		if r >= rank {
			continue
		}
		for _, q := range params {
			if p.Matches(q.Name, q.Value) {
				best = Match{Endpoint: ep, Param: p, Via: q, Category: p.Category, What: p.What}
				rank = r
				break
			}
		}
	}
	return best, best.Category != ""
}

// splitURL is a URL or path, split into the parts the catalog matches.
type urlParts struct {
	host      string // lower case; "" when unknown
	hostKnown bool
	segs      []string
	query     string
}

// splitURL splits s when it looks like a URL ("https://host/path?q"), a
// host and path ("host.tld/path") or an absolute path ("/path?q").
func splitURL(s string) (urlParts, bool) {
	var u urlParts
	var rest string
	var ok bool
	u.host, u.hostKnown, rest, ok = splitHost(s)
	if !ok {
		return u, false
	}
	pth, query, _ := strings.Cut(rest, "?")
	pth, _, _ = strings.Cut(pth, "#")
	query, _, _ = strings.Cut(query, "#")
	u.query = query
	for seg := range strings.SplitSeq(pth, "/") {
		if seg != "" {
			u.segs = append(u.segs, seg)
		}
	}
	if !u.hostKnown && len(u.segs) == 0 {
		return u, false
	}
	return u, true
}

// splitHost splits s as splitURL does, into its host (lower case, known
// or not) and the rest; ok is false when s looks like no URL.
func splitHost(s string) (host string, hostKnown bool, rest string, ok bool) {
	if s == "" || hasAny(s, &notInURL) {
		return "", false, "", false
	}
	rest = s
	switch {
	case strings.Contains(s, "://"):
		_, rest, _ = strings.Cut(s, "://")
		host, rest = cutHost(rest)
		hostKnown = !strings.Contains(host, strconst.Unknown)
	case s[0] == '/':
	case strings.HasPrefix(s, strconst.Unknown):
		_, rest = cutHost(s)
	default:
		h, r := cutHost(s)
		if !looksLikeHost(h) {
			return "", false, "", false
		}
		host, hostKnown, rest = h, true, r
	}
	if hostKnown {
		host = strings.ToLower(host)
		if i := strings.LastIndexByte(host, '@'); i >= 0 {
			host = host[i+1:]
		}
		if i := strings.IndexByte(host, ':'); i >= 0 {
			host = host[:i]
		}
	} else {
		host = ""
	}
	return host, hostKnown, rest, true
}

func cutHost(s string) (host, rest string) {
	for i := 0; i < len(s); i++ {
		if hostEnd[s[i]] {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

func looksLikeHost(h string) bool {
	dot := false
	for i := 0; i < len(h); i++ {
		if !inHost[h[i]] {
			return false
		}
		dot = dot || h[i] == '.'
	}
	return dot
}

// Sets of bytes, looked up in a table: splitHost runs on every string with
// a dot or a slash, and strings.IndexAny builds its set on every call.
var (
	notInURL = byteSet(" \t\n\"{}<>") // no address splitHost splits holds one
	hostEnd  = byteSet("/?#")         // end a host
	inHost   = byteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:")
)

func byteSet(chars string) (set [256]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// hasAny reports whether s holds a byte of set.
func hasAny(s string, set *[256]bool) bool {
	for i := 0; i < len(s); i++ {
		if set[s[i]] {
			return true
		}
	}
	return false
}

// newHostPattern returns the address of ep's host, its segments unset.
func newHostPattern(ep *catalog.Endpoint) address {
	a := address{ep: ep}
	if i := strings.IndexAny(ep.Host, `*?[\`); i >= 0 {
		a.hostPrefix = ep.Host[:i]
		a.hostSuffix = ep.Host[strings.LastIndexAny(ep.Host, `*?]\`)+1:]
	} else {
		a.hostLiteral = true
	}
	return a
}

// hostPatternMatches reports whether host (lower case) matches the host
// pattern of a.
func hostPatternMatches(a address, host string) bool {
	switch {
	case a.hostLiteral:
		return host == a.ep.Host
	case !strings.HasPrefix(host, a.hostPrefix) || !strings.HasSuffix(host, a.hostSuffix):
		return false
	}
	ok, _ := path.Match(a.ep.Host, host)
	return ok
}

func (a address) matches(u urlParts, withPaths map[string]bool) bool {
	if a.ep.Host != "" {
		if !u.hostKnown {
			return false
		}
		if !hostPatternMatches(a, u.host) {
			return false
		}
	}
	if a.ep.Dedicated && withPaths[a.ep.Host] && !versionOnly(u.segs) {
		return false // the host's endpoints with a path decide
	}
	if len(u.segs) < len(a.segs) {
		return false
	}
	for i, want := range a.segs {
		got := u.segs[i]
		if catalog.IsPathPlaceholder(want) {
			continue
		}
		if strings.Contains(got, strconst.Unknown) || !strings.EqualFold(got, want) {
			return false
		}
	}
	return true
}

// versionOnly reports whether a path is empty or only an API version
// (/v1, /v2.0): the base URL of an API.
func versionOnly(segs []string) bool {
	for _, s := range segs {
		if len(s) < 2 || (s[0] != 'v' && s[0] != 'V') || strings.Trim(s[1:], "0123456789.") != "" {
			return false
		}
	}
	return true
}

// queryParams appends the parameters of a query string to ps.
func queryParams(query string, node ast.Node) []Param {
	if query == "" {
		return nil
	}
	vals, _ := url.ParseQuery(query) // keeps the pairs that parse
	var ps []Param
	for _, name := range slices.Sorted(maps.Keys(vals)) {
		for _, v := range vals[name] {
			ps = append(ps, Param{Name: name, Value: v, Node: node})
		}
	}
	return ps
}
