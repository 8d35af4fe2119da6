package endpoint

import (
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// addressIndex narrows the catalogued addresses a string can match to those
// with its host or its first path segment, so that the cost of a lookup
// does not grow with the catalog. Candidates come back in catalog order,
// the order in which MatchEndpoint tries them.
type addressIndex struct {
	byHost     map[string][]int // literal host
	byDomain   map[string][]int // host pattern ending in a literal domain: its last two labels
	wildHost   []int            // other host patterns
	byFirstSeg map[string][]int // no host; first path segment, lower case
	anyFirst   []int            // no host; path starting with a placeholder
}

func newAddressIndex(as []address) addressIndex {
	ix := addressIndex{byHost: map[string][]int{}, byDomain: map[string][]int{}, byFirstSeg: map[string][]int{}}
	for i, a := range as {
		switch {
		case a.ep.Host != "" && a.hostLiteral:
			ix.byHost[a.ep.Host] = append(ix.byHost[a.ep.Host], i)
		case a.ep.Host != "":
			if d, ok := patternDomain(a.hostSuffix); ok {
				ix.byDomain[d] = append(ix.byDomain[d], i)
			} else {
				ix.wildHost = append(ix.wildHost, i)
			}
		case len(a.segs) > 0 && !catalog.IsPathPlaceholder(a.segs[0]):
			k := strings.ToLower(a.segs[0])
			ix.byFirstSeg[k] = append(ix.byFirstSeg[k], i)
		default:
			ix.anyFirst = append(ix.anyFirst, i)
		}
	}
	return ix
}

// candidates appends to dst the indexes of the addresses that u may match,
// in increasing order.
func (ix *addressIndex) candidates(dst []int, u urlParts) []int {
	if u.hostKnown {
		dst = append(dst, ix.byHost[u.host]...)
		if d, ok := hostDomain(u.host); ok {
			dst = append(dst, ix.byDomain[d]...)
		}
		dst = append(dst, ix.wildHost...)
	}
	if len(u.segs) > 0 {
		dst = append(dst, ix.byFirstSeg[strings.ToLower(u.segs[0])]...)
	}
	dst = append(dst, ix.anyFirst...)
	slices.Sort(dst)
	return dst
}

// hostDomain returns the last two labels of a host ("luxand.cloud").
func hostDomain(host string) (string, bool) {
	i := strings.LastIndexByte(host, '.')
	if i <= 0 {
		return "", false
	}
	j := strings.LastIndexByte(host[:i], '.')
	return host[j+1:], true
}

// patternDomain returns the last two labels of the literal suffix of a host
// pattern, when the suffix holds both whole: ".onfido.com" and
// "api.luxand.cloud" do, "luxand.cloud" does not (a wildcard may precede
// "luxand" in the same label).
func patternDomain(suffix string) (string, bool) {
	i := strings.LastIndexByte(suffix, '.')
	if i <= 0 {
		return "", false
	}
	j := strings.LastIndexByte(suffix[:i], '.')
	if j < 0 {
		return "", false
	}
	return suffix[j+1:], true
}
