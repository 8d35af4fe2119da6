package catalog

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"sync"
)

// Endpoint is a web API address, or a value naming a web API operation,
// whose use reveals a capability. It has a host, a path, or both; or a
// value instead. In a data file:
//
//	endpoints:
//	  - path: /facepp/v3/detect         # path prefix, by whole segments; {x} is any one segment
//	    host: api-*.faceplusplus.com    # optional host pattern (path.Match syntax, lower case)
//	    category: face-detection        # of the bare endpoint; omit to report only with a param
//	    what: detects faces
//	    params:                         # request parameters that decide the category
//	      - {name: return_attributes, values: [emotion], category: emotion-recognition, what: "..."}
//	  - value: RekognitionService.DetectFaces   # an exact string (a header value, an action name)
//
// A host without a path is a dedicated host (dedicated: true): one that
// serves nothing but biometric products. It is reported wherever the code
// names it, as a base URL in a constant or a field too, and a path the
// package joins to such a base URL (baseURL + "/photo/verify") is matched
// against the host's endpoints. When the host also has endpoints with
// paths, those decide the URLs with a path (a status page is not a
// finding); otherwise the host matches every path.
type Endpoint struct {
	Host      string           `yaml:"host,omitempty"`
	Dedicated bool             `yaml:"dedicated,omitempty"`
	Path      string           `yaml:"path,omitempty"`
	Value     string           `yaml:"value,omitempty"`
	Category  Category         `yaml:"category,omitempty"`
	What      string           `yaml:"what,omitempty"`
	Params    []*EndpointParam `yaml:"params,omitempty"`

	Entry *Entry `yaml:"-"`
}

// EndpointParam is a request parameter (query, form field, header, JSON key
// or struct field of the request body) whose value decides what a call to
// an endpoint does: returnFaceAttributes=emotion makes a face detection
// call emotion recognition.
type EndpointParam struct {
	// Name is compared case-insensitively; empty matches any name.
	Name string `yaml:"name,omitempty"`
	// Values are tokens of the value (a comma- or space-separated list, or
	// a JSON array), compared case-insensitively; empty matches any value.
	Values   []string `yaml:"values,omitempty"`
	Category Category `yaml:"category"`
	What     string   `yaml:"what"`
}

func (ep *Endpoint) validate() error {
	switch {
	case ep.Value != "" && (ep.Host != "" || ep.Path != ""):
		return errors.New("value excludes host and path")
	case ep.Value == "" && ep.Host == "" && ep.Path == "":
		return errors.New("needs a host, a path or a value")
	case strings.TrimSpace(ep.Value) != ep.Value:
		return fmt.Errorf("value %q has surrounding space", ep.Value)
	case ep.Dedicated && (ep.Host == "" || ep.Path != ""):
		return fmt.Errorf("dedicated is a property of a host: it needs a host and no path")
	case ep.Dedicated && ep.Category == "":
		return fmt.Errorf("dedicated host %q needs a category: it is reported by itself", ep.Host)
	case ep.Host != "" && ep.Path == "" && ep.Category != "" && !ep.Dedicated:
		return fmt.Errorf("host %q without a path is reported by itself: mark it dedicated: true if it serves only biometric products, else give it a path or only params", ep.Host)
	}
	if ep.Host != "" {
		if _, err := path.Match(ep.Host, ""); err != nil || ep.Host != strings.ToLower(ep.Host) || strings.ContainsAny(ep.Host, "/:? ") {
			return fmt.Errorf("host %q is not a lower-case host pattern", ep.Host)
		}
	}
	if ep.Path != "" {
		if err := checkEndpointPath(ep.Path); err != nil {
			return err
		}
	}
	if ep.Category == "" && ep.What == "" {
		if len(ep.Params) == 0 {
			return errors.New("an endpoint without category is reported only through its params, and has none")
		}
	} else if err := checkCategoryWhat(ep.Category, ep.What); err != nil {
		return err
	}
	for _, p := range ep.Params {
		if p.Name == "" && len(p.Values) == 0 {
			return errors.New("param needs a name or values")
		}
		for _, v := range p.Values {
			if v == "" || strings.ContainsAny(v, ", ") {
				return fmt.Errorf("param %q: value %q must be one non-empty token", p.Name, v)
			}
		}
		if err := checkCategoryWhat(p.Category, p.What); err != nil {
			return fmt.Errorf("param %q: %v", p.Name, err)
		}
	}
	return nil
}

func checkEndpointPath(p string) error {
	if !strings.HasPrefix(p, "/") || p == "/" || strings.HasSuffix(p, "/") || strings.ContainsAny(p, "?# ") {
		return fmt.Errorf("path %q must start with / and be a path prefix without query or trailing /", p)
	}
	for seg := range strings.SplitSeq(p[1:], "/") {
		if seg == "" {
			return fmt.Errorf("path %q has an empty segment", p)
		}
		if strings.ContainsAny(seg, "{}") && !IsPathPlaceholder(seg) {
			return fmt.Errorf("path %q: segment %q mixes a placeholder with text", p, seg)
		}
	}
	return nil
}

// IsPathPlaceholder reports whether an endpoint path segment is a {name}
// placeholder, which matches any one segment.
func IsPathPlaceholder(seg string) bool {
	return len(seg) > 2 && seg[0] == '{' && seg[len(seg)-1] == '}' && !strings.ContainsAny(seg[1:len(seg)-1], "{}")
}

// ModelFile is the file name of a face or emotion model. Name is a file
// name or a path.Match pattern ("emotion-ferplus-*.onnx"); with slashes
// it matches the last elements of a path ("cascade/facefinder").
type ModelFile struct {
	Name     string   `yaml:"name"`
	Category Category `yaml:"category"`
	What     string   `yaml:"what"`

	Entry *Entry `yaml:"-"`
}

func (m *ModelFile) validate() error {
	if strings.TrimSpace(m.Name) == "" {
		return errors.New("missing name")
	}
	if _, err := path.Match(m.Name, ""); err != nil || strings.HasPrefix(m.Name, "/") || strings.HasSuffix(m.Name, "/") || strings.ContainsAny(m.Name, " \\") {
		return fmt.Errorf("name %q is not a relative file name pattern", m.Name)
	}
	return checkCategoryWhat(m.Category, m.What)
}

// NativeLib is a C or C++ header or library linked through cgo: exactly one
// of an #include path, a -l library name (a path.Match pattern:
// "opencv_face*"), or a pkg-config package. A pkg-config package is
// reported only together with a catalogued header in the same preamble:
// opencv4 also serves non-face code.
type NativeLib struct {
	Header    string   `yaml:"header,omitempty"`
	Lib       string   `yaml:"lib,omitempty"`
	PkgConfig string   `yaml:"pkg-config,omitempty"`
	Category  Category `yaml:"category"`
	What      string   `yaml:"what"`

	Entry *Entry `yaml:"-"`
}

func (n *NativeLib) validate() error {
	set := 0
	for _, s := range []string{n.Header, n.Lib, n.PkgConfig} {
		if s != "" {
			set++
		}
		if strings.ContainsAny(s, " <>\"") {
			return fmt.Errorf("%q: no spaces, quotes or angle brackets", s)
		}
	}
	if set != 1 {
		return errors.New("needs exactly one of header, lib and pkg-config")
	}
	if strings.HasPrefix(n.Lib, "-l") {
		return fmt.Errorf("lib %q: give the name without -l", n.Lib)
	}
	if _, err := path.Match(n.Lib, ""); err != nil {
		return fmt.Errorf("lib %q: %v", n.Lib, err)
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

// LegalFor returns the legal reference of a finding of category c from
// the entry's evidence: the entry's own, or the category's.
func (e *Entry) LegalFor(c Category) string { return e.legalFor(c) }

// evidence is the catalog's evidence other than packages, with each item
// linked to its entry; built once per catalog.
type evidence struct {
	endpoints []*Endpoint
	models    []*ModelFile
	native    []*NativeLib
}

var (
	evidenceMu    sync.Mutex
	evidenceIndex = map[*Catalog]*evidence{}
)

func (c *Catalog) evidence() *evidence {
	evidenceMu.Lock()
	defer evidenceMu.Unlock()
	if ev := evidenceIndex[c]; ev != nil {
		return ev
	}
	ev := &evidence{}
	for _, e := range c.Entries {
		for _, ep := range e.Endpoints {
			ep.Entry = e
			ev.endpoints = append(ev.endpoints, ep)
		}
		for _, m := range e.Models {
			m.Entry = e
			ev.models = append(ev.models, m)
		}
		for _, n := range e.Native {
			n.Entry = e
			ev.native = append(ev.native, n)
		}
	}
	evidenceIndex[c] = ev
	return ev
}

// Endpoints returns every catalogued endpoint, in catalog order.
func (c *Catalog) Endpoints() []*Endpoint { return c.evidence().endpoints }

// Models returns every catalogued model file, in catalog order.
func (c *Catalog) Models() []*ModelFile { return c.evidence().models }

// NativeLibs returns every catalogued native header and library, in catalog order.
func (c *Catalog) NativeLibs() []*NativeLib { return c.evidence().native }

// Matches reports whether a request parameter name=value sets p: the
// names are equal ignoring case (or p has none), and one of p's values is
// a token of value (or p has none).
func (p *EndpointParam) Matches(name, value string) bool {
	if p.Name != "" && !strings.EqualFold(p.Name, name) {
		return false
	}
	if len(p.Values) == 0 {
		return true
	}
	for tok := range strings.FieldsFuncSeq(value, isValueSeparator) {
		for _, v := range p.Values {
			if strings.EqualFold(tok, v) {
				return true
			}
		}
	}
	return false
}

func isValueSeparator(r rune) bool {
	return r == ',' || r == ' ' || r == '+' || r == ';' || r == '|' || r == '\t' || r == '\n'
}
