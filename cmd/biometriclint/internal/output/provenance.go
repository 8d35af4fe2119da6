package output

// Provenance says what a report is about and how it was made, so that a
// reader can tell which code, tool, catalog and options produced it.
type Provenance struct {
	Scanned []string // the package patterns or the directory, as given
	Modules []ScannedModule
	VCS     *VCS   // nil when the scanned tree is in no git repository
	Date    string // RFC 3339, UTC
	Tool    Tool
	Catalog string   // digest of the embedded catalog data, "sha256:…"
	Options []string // the flags given, as -name=value
}

// ScannedModule is one module of the scanned tree.
type ScannedModule struct {
	Path string // module path; empty when its go.mod has none
	Dir  string // relative to the working directory
}

// VCS is the version-control state of the scanned tree.
type VCS struct {
	System   string // "git"
	Revision string // the commit checked out, or "unknown (why)"
	Dirty    string // "yes", "no" or "unknown (why)"
	Remote   string // the origin remote's URL without credentials, or ""
}

// Tool is the program that made the report.
type Tool struct {
	Name, Version string
	Revision      string // VCS revision of a build from a clone
	Modified      bool   // the clone had uncommitted changes
}

// String is the tool's version in one word: the module version, with the
// revision of a development build ("(devel)+0123456789ab", "-dirty" when
// modified).
func (t Tool) String() string {
	v := t.Version
	if t.Revision != "" && v == "(devel)" {
		v += "+" + t.Revision[:min(12, len(t.Revision))]
		if t.Modified {
			v += "-dirty"
		}
	}
	return v
}
