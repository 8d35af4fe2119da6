package policy

import (
	"fmt"
	"strings"
	"time"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// FileName is the configuration file Find looks for.
const FileName = ".biometriclint.yml"

// Settings is the one configuration schema of biometriclint: the
// .biometriclint.yml file of the command and the settings of the
// golangci-lint plugin (linters.settings.custom.biometriclint.settings).
// Keys are lower-case or kebab-case, because golangci-lint lower-cases
// plugin settings before decoding them as JSON.
//
// Settings holds what the file says; Compile checks the values and turns
// them into a Policy.
type Settings struct {
	// Severity maps a category to error, warning or off; categories not
	// listed are errors.
	Severity map[string]Severity `yaml:"severity,omitempty" json:"severity,omitempty"`
	// FailOn is the lowest severity that fails the run: error (the
	// default), warning, or never.
	FailOn FailOn `yaml:"fail-on,omitempty" json:"fail-on,omitempty"`
	// Exclude lists path globs, relative to the configuration file's
	// directory, whose findings are not reported at all.
	Exclude []string `yaml:"exclude,omitempty" json:"exclude,omitempty"`
	// Allow lists the justified exceptions, first match wins.
	Allow []Rule `yaml:"allow,omitempty" json:"allow,omitempty"`
	// Catalog adds in-house entries (a team's own SDK wrappers) to the
	// catalog, in the format of the catalog's data files, each entry with
	// its vendor.
	Catalog Entries `yaml:"catalog,omitempty" json:"catalog,omitempty"`
	// Analyzers switches analyzers on or off by name.
	Analyzers map[string]bool `yaml:"analyzers,omitempty" json:"analyzers,omitempty"`

	src source // where the settings were read, for errors
}

// Rule allows the findings it matches, for a reason a reviewer can audit.
// A finding matches when it matches every selector the rule sets
// (category, vendor, entry, symbol, paths); a rule must set at least one.
type Rule struct {
	Category string `yaml:"category,omitempty" json:"category,omitempty"` // a category name
	Vendor   string `yaml:"vendor,omitempty" json:"vendor,omitempty"`     // a catalog vendor, any case
	Entry    string `yaml:"entry,omitempty" json:"entry,omitempty"`       // a catalog entry ID
	// Symbol is a catalogued import path (the import and every symbol of
	// the package) or an import path, a dot and a symbol name
	// ("github.com/aws/aws-sdk-go-v2/service/rekognition.Client.DetectFaces").
	Symbol string   `yaml:"symbol,omitempty" json:"symbol,omitempty"`
	Paths  []string `yaml:"paths,omitempty" json:"paths,omitempty"` // globs relative to the configuration file's directory
	Reason string   `yaml:"reason" json:"reason"`                   // mandatory: the justification reports carry
	// Expires is a date (YYYY-MM-DD) after which the rule stops applying:
	// the findings it allowed come back, saying that it expired.
	Expires string `yaml:"expires,omitempty" json:"expires,omitempty"`
}

// Severity is what a finding does to a run.
type Severity string

// The severities, most severe first.
const (
	Error   Severity = "error"   // reported; fails the run
	Warning Severity = "warning" // reported; fails the run only with fail-on: warning
	Off     Severity = "off"     // not reported at all
)

func (s Severity) rank() int {
	switch s {
	case Error:
		return 2
	case Warning:
		return 1
	}
	return 0
}

func parseSeverity(s Severity) error {
	switch s {
	case Error, Warning, Off:
		return nil
	}
	return fmt.Errorf("unknown severity %q (want error, warning or off)", s)
}

// FailOn is the lowest severity that fails a run.
type FailOn string

// The FailOn values.
const (
	FailOnError   FailOn = "error"
	FailOnWarning FailOn = "warning"
	FailOnNever   FailOn = "never"
)

// ParseFailOn checks the value of a -fail-on flag or fail-on key; the
// empty string means error.
func ParseFailOn(s string) (FailOn, error) {
	switch f := FailOn(s); f {
	case "":
		return FailOnError, nil
	case FailOnError, FailOnWarning, FailOnNever:
		return f, nil
	}
	return "", fmt.Errorf("unknown fail-on value %q (want error, warning or never)", s)
}

// fails reports whether a reported finding of severity sev fails the run.
func (f FailOn) fails(sev Severity) bool {
	switch f {
	case FailOnNever:
		return false
	case FailOnWarning:
		return sev.rank() >= Warning.rank()
	}
	return sev.rank() >= Error.rank()
}

// parseDate reads an expiry date: YYYY-MM-DD, or the midnight timestamp
// that YAML-to-JSON converters (golangci-lint's) make of it.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
}

// categoryNames lists the valid categories, for messages.
func categoryNames() string {
	var names []string
	for _, c := range catalog.Categories {
		names = append(names, string(c.Category))
	}
	return strings.Join(names, ", ")
}
