package output

import (
	"encoding/json"
	"fmt"
	"io"
)

// JSON prints the analysis JSON tree, {package: {analyzer: [diagnostic]}},
// exactly as multichecker's -json does, so one parser reads the output of
// both commands. Suppressed findings are left out, as a dropped diagnostic
// would be.
type JSON struct{ W io.Writer }

type jsonDiagnostic struct {
	Category string        `json:"category,omitempty"`
	Posn     string        `json:"posn"`
	End      string        `json:"end"`
	Message  string        `json:"message"`
	Related  []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

type jsonError struct {
	Err string `json:"error"`
}

// Handle prints r.
func (h *JSON) Handle(r *Report) error {
	tree := map[string]map[string]any{}
	// A file of a package and of its test variant (p and p [p.test])
	// gives the same finding twice: it is listed under the first only.
	seen := map[findingKey]bool{}
	for _, p := range r.Packages {
		for _, a := range p.Analyzers {
			var v any
			if a.Err != "" {
				v = jsonError{a.Err}
			} else {
				var diags []jsonDiagnostic
				for _, f := range a.Findings {
					if f.Suppressed == nil && !seen[keyOf(f)] {
						seen[keyOf(f)] = true
						diags = append(diags, toJSON(f))
					}
				}
				if len(diags) > 0 {
					v = diags
				}
			}
			if v == nil {
				continue
			}
			if tree[p.ID] == nil {
				tree[p.ID] = map[string]any{}
			}
			tree[p.ID][a.Name] = v
		}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(h.W, "%s\n", data)
	return err
}

func toJSON(f *Finding) jsonDiagnostic {
	d := jsonDiagnostic{Category: f.Category, Posn: f.Pos.String(), End: f.End.String(), Message: f.Message}
	for _, r := range f.Related {
		d.Related = append(d.Related, jsonRelated{Posn: r.Pos.String(), End: r.End.String(), Message: r.Message})
	}
	return d
}
