package modrequire

import (
	"strings"

	"golang.org/x/mod/modfile"
)

// Requirement is a module a go.mod or vendor/modules.txt requires.
type Requirement struct {
	Path, Version string
	Indirect      bool
	Start, End    int // byte offsets of the line in the file
}

// GoModRequirements returns the requirements of a go.mod file.
func GoModRequirements(name string, data []byte) ([]Requirement, error) {
	f, err := modfile.ParseLax(name, data, nil)
	if err != nil {
		return nil, err
	}
	var reqs []Requirement
	for _, r := range f.Require {
		reqs = append(reqs, Requirement{r.Mod.Path, r.Mod.Version, r.Indirect, r.Syntax.Start.Byte, r.Syntax.End.Byte})
	}
	return reqs, nil
}

// VendorRequirements returns the modules a vendor/modules.txt lists: its
// "# path version" lines. A module is indirect unless a "## explicit" line
// follows.
func VendorRequirements(data []byte) []Requirement {
	var reqs []Requirement
	off := 0
	for line := range strings.SplitAfterSeq(string(data), "\n") {
		start := off
		off += len(line)
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "## ") {
			if len(reqs) > 0 && strings.Contains(t, "explicit") {
				reqs[len(reqs)-1].Indirect = false
			}
			continue
		}
		rest, ok := strings.CutPrefix(t, "# ")
		if !ok {
			continue
		}
		rest, _, _ = strings.Cut(rest, "=>") // a replacement
		fields := strings.Fields(rest)
		if len(fields) < 2 {
			continue // "# path => dir" without a version: a local replacement
		}
		reqs = append(reqs, Requirement{fields[0], fields[1], true, start, start + len(t)})
	}
	return reqs
}
