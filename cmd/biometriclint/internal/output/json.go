package output

import (
	"encoding/json"
	"fmt"
	"io"
)

// JSON prints the analysis JSON tree, {package: {analyzer: [diagnostic]}},
// as multichecker's -json does, so one parser reads the output of both
// commands; each diagnostic also carries its finding record (entry, kind,
// certainty, severity, legal reference, chain, supporting evidence) in
// fields the analysis tree does not have. Suppressed findings are left
// out, as a dropped diagnostic would be.
type JSON struct{ W io.Writer }

type jsonDiagnostic struct {
	Category string        `json:"category,omitempty"`
	Posn     string        `json:"posn"`
	End      string        `json:"end"`
	Message  string        `json:"message"`
	Related  []jsonRelated `json:"related,omitempty"`

	// The finding record, absent for a directive problem.
	Entry      string        `json:"entry,omitempty"`
	Kind       string        `json:"kind,omitempty"`
	Certainty  string        `json:"certainty,omitempty"`
	Decided    string        `json:"decided,omitempty"`
	Severity   string        `json:"severity,omitempty"`
	Legal      string        `json:"legal,omitempty"`
	Generated  bool          `json:"generated,omitempty"`
	Chain      []jsonRelated `json:"chain,omitempty"`
	Supporting []jsonRelated `json:"supporting,omitempty"`
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
	d.Related = jsonRelateds(f.Related)
	if f.Entry != nil {
		d.Entry = f.Entry.ID
	}
	d.Kind, d.Certainty, d.Decided, d.Severity, d.Generated = f.Kind, f.Certainty, f.Decided, f.Severity, f.Generated
	if f.Kind != "" {
		d.Legal = f.LegalRef()
	}
	d.Chain, d.Supporting = jsonRelateds(f.Chain), jsonRelateds(f.Supporting)
	return d
}

func jsonRelateds(rs []Related) []jsonRelated {
	var out []jsonRelated
	for _, r := range rs {
		out = append(out, jsonRelated{Posn: r.Pos.String(), End: r.End.String(), Message: r.Message})
	}
	return out
}
