package catalog

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Extend returns a new catalog with c's entries followed by extra ones, a
// team's own SDK wrappers for example, validated together under the rules
// of the data files (so an extra entry cannot reuse an ID or a package path
// either). Each extra entry must name its vendor; its File says where it
// was read, for errors. c is left as it was.
func (c *Catalog) Extend(extra []*Entry) (*Catalog, error) {
	var errs []error
	for i, e := range extra {
		if e == nil {
			errs = append(errs, fmt.Errorf("extra entry %d is empty", i+1))
			continue
		}
		if strings.TrimSpace(e.Vendor) == "" {
			errs = append(errs, fmt.Errorf("%s: entry %q: missing vendor", e.File, e.ID))
		}
		if where := emptyItem(reflect.ValueOf(e).Elem(), ""); where != "" {
			errs = append(errs, fmt.Errorf("%s: entry %q: empty item in %s", e.File, e.ID, where))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ext := &Catalog{Entries: slices.Concat(c.Entries, extra)}
	if errs := ext.validate(false); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ext.buildIndex()
	return ext, nil
}
