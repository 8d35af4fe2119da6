package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Find returns the configuration file that applies to startDir: the first
// FileName found in startDir or one of its parents, or "" when there is none.
func Find(startDir string) (string, error) {
	dir, err := filepath.Abs(startDir)
	if err != nil {
		return "", err
	}
	for {
		name := filepath.Join(dir, FileName)
		fi, err := os.Stat(name)
		switch {
		case err == nil && fi.Mode().IsRegular():
			return name, nil
		case err == nil:
			return "", fmt.Errorf("%s is not a regular file", name)
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and checks the configuration file path. Unknown keys and
// malformed values are errors naming the file and line. Path globs are
// relative to the file's directory.
func Load(path string) (*Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse is Load for a file already read: name is where data came from.
func Parse(name string, data []byte) (*Settings, error) {
	s := &Settings{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(s); err != nil && err != io.EOF {
		return nil, yamlError(name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != io.EOF {
		return nil, fmt.Errorf("%s:%d: more than one YAML document", name, extra.Line)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, err)
	}
	s.src = source{file: name, lines: map[string]int{}}
	s.src.walk(&root, "")
	if dir, err := filepath.Abs(filepath.Dir(name)); err == nil {
		s.src.dir = dir
	}
	if _, err := s.Compile(Options{}); err != nil {
		return nil, err
	}
	return s, nil
}

// Decode reads the settings golangci-lint passes to the plugin (the value
// of linters.settings.custom.biometriclint.settings, as decoded YAML) with
// the same schema and checks as Load. Unknown keys are errors. Path globs
// are relative to Options.Root when compiled.
func Decode(raw any) (*Settings, error) {
	s := &Settings{}
	if raw == nil {
		return s, nil
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, fmt.Errorf("biometriclint settings: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(s); err != nil {
		return nil, fmt.Errorf("biometriclint settings: %v", yamlError("", err))
	}
	if _, err := s.Compile(Options{Root: "."}); err != nil {
		return nil, err
	}
	return s, nil
}

// Entries are extra catalog entries. They decode from YAML and from JSON
// with the keys and strictness of the catalog's data files.
type Entries []*catalog.Entry

// UnmarshalJSON decodes the entries as YAML (a superset of JSON), so that
// the catalog's YAML keys apply and unknown keys are errors.
func (e *Entries) UnmarshalJSON(b []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var list []*catalog.Entry
	if err := dec.Decode(&list); err != nil && err != io.EOF {
		return err
	}
	*e = list
	return nil
}

var (
	yamlLine     = regexp.MustCompile(`(?m)^\s*(?:yaml: )?line (\d+): `)
	unknownField = regexp.MustCompile(`field (\S+) not found in type \S+`)
)

// yamlError rewrites a decoder error in the file:line: form of compilers,
// with keys instead of Go type names.
func yamlError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n")
	msg = unknownField.ReplaceAllString(msg, `unknown key "$1"`)
	if name == "" {
		return errors.New(yamlLine.ReplaceAllString(msg, ""))
	}
	if !yamlLine.MatchString(msg) {
		return fmt.Errorf("%s: %s", name, msg)
	}
	return errors.New(yamlLine.ReplaceAllString(msg, name+":$1: "))
}

// source remembers where settings were read, so that errors found after
// decoding can name a line.
type source struct {
	file  string         // empty for settings that did not come from a file
	dir   string         // the file's directory, absolute
	lines map[string]int // key path ("allow[2].expires") → line
}

func (src *source) walk(n *yaml.Node, key string) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			src.walk(c, key)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if key != "" {
				k = key + "." + k
			}
			src.lines[k] = n.Content[i].Line
			src.walk(n.Content[i+1], k)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			k := fmt.Sprintf("%s[%d]", key, i)
			src.lines[k] = c.Line
			src.walk(c, k)
		}
	}
}

// at locates key for a message: "file:line: key" when the settings came
// from a file (the line of key, or of the nearest enclosing key present),
// "biometriclint settings: key" otherwise.
func (src *source) at(key string) string {
	if src.file == "" {
		return "biometriclint settings: " + key
	}
	for k := key; k != ""; {
		if line, ok := src.lines[k]; ok {
			return fmt.Sprintf("%s:%d: %s", src.file, line, key)
		}
		i := strings.LastIndexAny(k, ".[")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return src.file + ": " + key
}

// errorf returns an error located at key.
func (src *source) errorf(key, format string, args ...any) error {
	return fmt.Errorf("%s: %s", src.at(key), fmt.Sprintf(format, args...))
}
