package modrequire

import (
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
)

// Requirement is a module a go.mod or vendor/modules.txt requires.
type Requirement struct {
	Path, Version string
	Indirect      bool
	Start, End    int // byte offsets of the line in the file
}

// GoModRequirements returns the requirements of a go.mod file, whose
// content is data. The result is shared: callers must not change it. A
// file is parsed once per content: the analyzer and the report's module
// inventory both ask, and a large go.mod took a tenth of a millisecond.
func GoModRequirements(name string, data []byte) ([]Requirement, error) {
	if p, ok := parsedGoMods.Load(name); ok && p.(*parsedGoMod).data == string(data) {
		return p.(*parsedGoMod).reqs, p.(*parsedGoMod).err
	}
	reqs, err := parseGoMod(name, data)
	parsedGoMods.Store(name, &parsedGoMod{string(data), reqs, err})
	return reqs, err
}

// parsedGoMods holds, by file name, the last content of a go.mod parsed
// and what GoModRequirements made of it.
var parsedGoMods sync.Map

type parsedGoMod struct {
	data string
	reqs []Requirement
	err  error
}

func parseGoMod(name string, data []byte) ([]Requirement, error) {
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
