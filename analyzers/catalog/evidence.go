package catalog

import (
	"errors"
	"strings"
)

// Endpoint is a web API address whose use reveals a capability.
type Endpoint struct {
	Host     string   `yaml:"host,omitempty"` // host name; a leading "*." matches any subdomain
	Path     string   `yaml:"path,omitempty"` // path prefix
	Category Category `yaml:"category"`
	What     string   `yaml:"what"`
}

func (ep *Endpoint) validate() error {
	if ep.Host == "" && ep.Path == "" {
		return errors.New("needs a host or a path")
	}
	return checkCategoryWhat(ep.Category, ep.What)
}

// ModelFile is a file name of a face or emotion model.
type ModelFile struct {
	Name     string   `yaml:"name"`
	Category Category `yaml:"category"`
	What     string   `yaml:"what"`
}

func (m *ModelFile) validate() error {
	if strings.TrimSpace(m.Name) == "" {
		return errors.New("missing name")
	}
	return checkCategoryWhat(m.Category, m.What)
}

// NativeLib is a C or C++ header or library linked through cgo.
type NativeLib struct {
	Header   string   `yaml:"header,omitempty"` // #include path
	Lib      string   `yaml:"lib,omitempty"`    // -l name
	Category Category `yaml:"category"`
	What     string   `yaml:"what"`
}

func (n *NativeLib) validate() error {
	if n.Header == "" && n.Lib == "" {
		return errors.New("needs a header or a lib")
	}
	return checkCategoryWhat(n.Category, n.What)
}

func checkCategoryWhat(c Category, what string) error {
	if !c.Valid() {
		return categoryErr(c)
	}
	if strings.TrimSpace(what) == "" {
		return errors.New("missing what")
	}
	return nil
}
