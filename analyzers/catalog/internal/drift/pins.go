package drift

import (
	"os"
	"slices"

	"golang.org/x/mod/modfile"
)

// Pins are the requirements and replacements of the drift modules'
// go.mod files: the versions the check reads, and the stub directories
// that stand for modules the proxy does not serve.
type Pins struct {
	// Required gives each module's versions: a module may be required by
	// two drift modules at different versions (google.golang.org/api:
	// pinned in the main one, an indirect requirement of the legacy one).
	Required map[string][]string
	Replaced map[string]string // module path -> replacement (a directory, or a module path)
}

// ReadPins parses go.mod files with golang.org/x/mod/modfile, as the go
// command does: require and replace in blocks or on one line (go mod edit
// writes a single replace on one line), comments anywhere. A later file's
// replacement of a module overrides an earlier one's.
func ReadPins(gomods ...string) (*Pins, error) {
	p := &Pins{Required: map[string][]string{}, Replaced: map[string]string{}}
	for _, name := range gomods {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := modfile.Parse(name, data, nil)
		if err != nil {
			return nil, err
		}
		for _, r := range f.Require {
			if !slices.Contains(p.Required[r.Mod.Path], r.Mod.Version) {
				p.Required[r.Mod.Path] = append(p.Required[r.Mod.Path], r.Mod.Version)
			}
		}
		for _, r := range f.Replace {
			p.Replaced[r.Old.Path] = r.New.Path
		}
	}
	return p, nil
}
