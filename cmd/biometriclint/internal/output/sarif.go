package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// SARIF prints a SARIF 2.1.0 log with one run: one rule per category with
// its metadata, one result per finding, suppressed findings kept with their
// justification, and what could not be analysed as notifications.
type SARIF struct{ W io.Writer }

// InformationURI is the tool's home page, and RulesURI the documentation
// of the categories.
const (
	InformationURI = "https://github.com/biometriclint/biometriclint"
	RulesURI       = InformationURI + "/blob/main/docs/output.md#categories"
)

// srcRoot is the base of every artifact URI: the analysed tree, whose
// absolute location is left out so that the log does not depend on it.
const srcRoot = "SRCROOT"

// Level is the default SARIF level of a category: the practices of
// Art. 5 of the EU AI Act are errors, the rest (biometric data processing
// that is regulated but not prohibited) warnings.
func Level(c catalog.Category) string {
	switch c {
	case catalog.FaceLiveness, catalog.FaceDetection:
		return "warning"
	}
	return "error"
}

// Handle prints r.
func (h *SARIF) Handle(r *Report) error {
	run := sarif.NewRunWithInformationURI(r.Tool, InformationURI)
	// SARIF wants a version that starts with a number (validator rule
	// SARIF2005): a development build is 0.0.0-devel, with the revision
	// when it has one.
	if rest, ok := strings.CutPrefix(r.Version, "(devel)"); ok {
		run.Tool.Driver.WithVersion("0.0.0-devel" + rest)
	} else if v := strings.TrimPrefix(r.Version, "v"); v != "" && v[0] >= '0' && v[0] <= '9' {
		run.Tool.Driver.WithVersion(v).WithSemanticVersion(v)
	}
	addProvenance(run, r.Provenance)
	ruleIndex := map[string]int{}
	for i, info := range catalog.Categories {
		ruleIndex[string(info.Category)] = i
		run.Tool.Driver.AddRule(rule(info))
	}
	for _, f := range r.Findings() {
		run.AddResult(result(r, f, ruleIndex))
	}
	for _, a := range r.Artifacts {
		run.AddArtifact(sarif.NewArtifact().
			WithLocation(sarif.NewArtifactLocation().WithURI(artifactURI(r, a.Name)).WithURIBaseID(srcRoot)).
			WithLength(int(a.Size)).
			WithHashes(map[string]string{"sha-256": a.SHA256}).
			WithDescription(sarif.NewTextMessage(a.About)))
	}
	inv := sarif.NewInvocation().WithExecutionSuccessful(true)
	if p := r.Provenance; p != nil && p.Date != "" {
		inv.WithStartTimeUtc(p.Date)
	}
	for _, p := range r.Problems {
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel("warning").
			WithMessage(sarif.NewTextMessage(p.String())))
	}
	for _, s := range r.Skipped {
		inv.AddToolConfigurationNotification(sarif.NewNotification().
			WithLevel("note").
			WithMessage(sarif.NewTextMessage("analyzer " + s.Analyzer + " not run: " + s.Reason)))
	}
	run.AddInvocation(inv)
	run.WithColumnKind("unicodeCodePoints")
	log := sarif.NewReport()
	log.AddRun(run)
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		return err
	}
	return writeCompact(h.W, buf.Bytes())
}

// addProvenance records what was scanned: the git revision as
// versionControlProvenance (SARIF wants the repository's URI there, so a
// tree without an origin remote gets its revision in the run's properties
// only), and the rest of the provenance in the run's properties.
func addProvenance(run *sarif.Run, p *Provenance) {
	if p == nil {
		return
	}
	props := sarif.NewPropertyBag()
	props.Add("scanned", p.Scanned)
	var mods []string
	for _, m := range p.Modules {
		mods = append(mods, m.Path+" ("+m.Dir+")")
	}
	if len(mods) > 0 {
		props.Add("modules", mods)
	}
	props.Add("catalog", p.Catalog)
	props.Add("date", p.Date)
	if len(p.Options) > 0 {
		props.Add("options", p.Options)
	}
	if v := p.VCS; v != nil {
		props.Add("vcs", map[string]string{"system": v.System, "revision": v.Revision, "dirty": v.Dirty})
		if v.Remote != "" && !strings.HasPrefix(v.Revision, "unknown") {
			vc := sarif.NewVersionControlDetails().
				WithRepositoryURI(v.Remote).
				WithRevisionID(v.Revision).
				WithMappedTo(sarif.NewArtifactLocation().WithURIBaseID(srcRoot))
			vc.WithProperties(sarif.NewPropertyBag().Add("dirty", v.Dirty))
			run.WithVersionControlProvenance([]*sarif.VersionControlDetails{vc})
		}
	}
	run.WithProperties(props)
}

// writeCompact re-indents the library's log without what it emits for
// unset properties: the -1 "unset index" sentinels and empty arrays, which
// SARIF defines as equivalent to absent (validator rule SARIF2004). Empty
// results and suppressions arrays stay: they mean "none", not "unknown".
func writeCompact(w io.Writer, data []byte) error {
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return err
	}
	out, err := json.MarshalIndent(prune(v), "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", out)
	return err
}

func prune(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			switch x := x.(type) {
			case json.Number:
				if x == "-1" {
					delete(v, k)
				}
			case []any:
				if len(x) == 0 && k != "results" && k != "suppressions" {
					delete(v, k)
				}
			}
			if _, ok := v[k]; ok {
				v[k] = prune(x)
			}
		}
	case []any:
		for i := range v {
			v[i] = prune(v[i])
		}
	}
	return v
}

func rule(info catalog.CategoryInfo) *sarif.ReportingDescriptor {
	help := info.Title + ": " + info.Covers + ". " + info.Law
	helpMD := "**" + info.Title + "**: " + info.Covers + ".\n\n" + info.Law + "\n\nLegal reference: " + info.Legal + "."
	props := sarif.NewPropertyBag()
	props.Add("legal", info.Legal)
	props.Tags = []string{"biometrics", "eu-ai-act", string(info.Category)}
	return sarif.NewRule(string(info.Category)).
		WithName(ruleName(info.Title)).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(info.Title + " (" + info.Legal + ")")).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(capitalise(info.Covers) + ".")).
		WithHelp(sarif.NewMultiformatMessageString().WithText(help).WithMarkdown(helpMD)).
		WithHelpURI(RulesURI).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(Level(info.Category))).
		WithProperties(props)
}

func result(r *Report, f *Finding, ruleIndex map[string]int) *sarif.Result {
	res := sarif.NewRuleResult(f.Category).
		WithMessage(sarif.NewTextMessage(f.Message)).
		WithLevel(f.level()).
		AddLocation(location(r, f.Pos, f.End, f.Snippet)).
		WithPartialFingerprints(map[string]string{"biometriclint/v1": Fingerprint(r, f)})
	if i, ok := ruleIndex[f.Category]; ok {
		res.WithRuleIndex(i)
	}
	for _, rel := range f.Related {
		res.AddRelatedLocation(location(r, rel.Pos, rel.End, "").WithMessage(sarif.NewTextMessage(rel.Message)))
	}
	props := sarif.NewPropertyBag()
	props.Add("analyzer", f.Analyzer)
	if e := f.Entry; e != nil {
		props.Add("entry", e.ID)
		props.Add("vendor", e.Vendor)
	}
	props.Add("legal", f.LegalRef())
	if f.Kind != "" {
		props.Add("kind", f.Kind)
		props.Add("certainty", f.Certainty)
	}
	if f.Generated {
		props.Add("generated", true)
	}
	if f.Vendored {
		props.Tags = []string{"vendored"}
	}
	res.WithProperties(props)
	res.WithSuppressions([]*sarif.Suppression{})
	if s := f.Suppressed; s != nil {
		res.AddSuppression(sarif.NewSuppression().WithKind(s.Kind).WithJustification(s.Justification))
	}
	return res
}

// artifactURI is the file name, relative to the report's root, as the URI
// reference SARIF wants: "my dir/a#1.go" is "my%20dir/a%231.go".
func artifactURI(r *Report, name string) string {
	return (&url.URL{Path: r.Rel(name)}).String()
}

func location(r *Report, start, end Position, snippet string) *sarif.Location {
	art := sarif.NewArtifactLocation().WithURI(artifactURI(r, start.File)).WithURIBaseID(srcRoot)
	if start.Line == 0 {
		// A whole file (an executable): no region.
		return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(art))
	}
	region := sarif.NewRegion().WithStartLine(start.Line).WithStartColumn(start.Col)
	if end.File == start.File && end.Line >= start.Line {
		region.WithEndLine(end.Line).WithEndColumn(end.Col)
	}
	if snippet != "" {
		region.WithSnippet(sarif.NewArtifactContent().WithText(snippet))
	}
	return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(art).WithRegion(region))
}

// Fingerprint identifies a finding across runs: its rule, file, message and
// source line, not its line number, so that edits elsewhere in the file keep
// it.
func Fingerprint(r *Report, f *Finding) string {
	h := sha256.New()
	for _, s := range []string{f.Category, r.Rel(f.Pos.File), f.Message, strings.TrimSpace(f.Snippet)} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// ruleName turns a title into the PascalCase name SARIF viewers show.
func ruleName(title string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(title) {
		b.WriteString(capitalise(w))
	}
	return b.String()
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
