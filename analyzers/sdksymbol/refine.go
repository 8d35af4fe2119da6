package sdksymbol

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/internal/valueflow"
)

// outcome is what one refinement concludes about a call.
type outcome struct {
	decided []catalog.Category // categories the known values decide
	because []string           // the values that decided, for the message
	unknown string             // why some value is undetermined
	silent  bool               // every value known, none decides, and the rule says "none"
	other   catalog.Category   // every value known, none decides: this category ("" = the symbol's)
}

// refine applies the symbol's refinements to a call: the category follows
// what the call requests. It reports false when the call is not a finding
// (a gocv cascade for licence plates).
func refine(cat *catalog.Catalog, flow *valueflow.Flow, info *types.Info, u match.Use, fd *finding.Finding) bool {
	rules := u.Symbol.Refine
	if u.Call == nil {
		certainty := finding.Undetermined
		if slices.ContainsFunc(rules, func(r *catalog.Refinement) bool { return r.Otherwise == catalog.NotAFinding }) {
			certainty = finding.Possible
		}
		fd.SetCategory(broadest(rules), certainty, "used as a value, so what it requests cannot be determined")
		return true
	}
	var decided, undetermined []catalog.Category
	var because, unknown []string
	silent, possible := true, false
	var other catalog.Category
	for _, r := range rules {
		o := evaluate(cat, flow, info, u, r)
		decided = append(decided, o.decided...)
		because = append(because, o.because...)
		if o.unknown != "" {
			undetermined = append(undetermined, r.Undetermined)
			unknown = append(unknown, o.unknown)
			// Known values could have made the call silent: it is only
			// possibly biometric.
			possible = possible || r.Otherwise == catalog.NotAFinding
		}
		silent = silent && o.silent
		if other == "" {
			other = o.other
		}
	}
	switch {
	case len(decided) > 0:
		verb := "requests "
		if slices.ContainsFunc(rules, func(r *catalog.Refinement) bool { return r.Models }) {
			verb = "loads "
		}
		fd.SetCategory(catalog.MostRestricted(decided...), finding.Refined, verb+strings.Join(because, ", "))
	case len(undetermined) > 0:
		c := catalog.MostRestricted(undetermined...)
		certainty := finding.Undetermined
		if possible {
			certainty = finding.Possible
		}
		fd.SetCategory(c, certainty, strings.Join(unknown, "; ")+", so "+string(c)+" cannot be excluded")
	case silent:
		return false
	case other != "":
		fd.SetCategory(other, finding.Refined, "")
	}
	return true
}

// evaluate applies one refinement to the call of u.
func evaluate(cat *catalog.Catalog, flow *valueflow.Flow, info *types.Info, u match.Use, r *catalog.Refinement) outcome {
	var values valueflow.Values
	subject := "the argument"
	switch {
	case r.Arg == nil && r.Field == "": // every argument: model paths
		for _, a := range u.Call.Args {
			values = merge(values, flow.Of(u.Func, a))
		}
		subject = "the model file"
	case r.Arg != nil && *r.Arg >= len(u.Call.Args):
		values.Unknown = "no such argument"
	default:
		arg := argWithField(info, u.Call.Args, r.Field)
		if r.Arg != nil {
			arg = u.Call.Args[*r.Arg]
		}
		if r.Field != "" {
			subject = r.Field
			values = flow.FieldOf(u.Func, arg, r.Field)
		} else {
			values = flow.Of(u.Func, arg)
		}
	}
	if r.Models && !values.Complete() {
		// dir + "/haarcascade_frontalface_default.xml": a model file named
		// in the argument decides, whatever is joined to it.
		for _, a := range u.Call.Args {
			values = merge(values, valueflow.Values{Strings: namedModels(cat, a)})
		}
	}
	if r.Models && !values.Complete() && slices.ContainsFunc(values.Strings, isFileName) {
		// filepath.Join(dir, "haarcascade_frontalface_default.xml"): the
		// file name decides, whatever the directory.
		values.Unknown = ""
	}
	var o outcome
	for _, v := range splitValues(values.Strings, r.Split) {
		if r.Models {
			if m := cat.Model(v); m != nil {
				o.decided = append(o.decided, m.Category)
				o.because = append(o.because, v+", which "+m.What)
			}
			continue
		}
		for key, c := range r.Values {
			if strings.EqualFold(key, v) {
				o.decided = append(o.decided, c)
				o.because = append(o.because, v)
			}
		}
	}
	if len(o.decided) > 0 {
		if r.Field != "" {
			// Name the field: "Expression=true", "Body.Attributes=1,13".
			o.because = []string{r.Field + "=" + strings.Join(o.because, ",")}
		}
		return o
	}
	if !values.Complete() {
		o.unknown = subject + " could not be determined (" + values.Unknown + ")"
		return o
	}
	o.silent = r.Otherwise == catalog.NotAFinding
	if !o.silent {
		o.other = catalog.Category(r.Otherwise)
	}
	return o
}

// namedModels returns the string literals in e that name a catalogued
// model file.
func namedModels(cat *catalog.Catalog, e ast.Expr) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if v, err := strconv.Unquote(lit.Value); err == nil && isFileName(v) && cat.Model(v) != nil {
				out = append(out, v)
			}
		}
		return true
	})
	return out
}

// isFileName reports whether v looks like a file name: it has an extension.
func isFileName(v string) bool { return path.Ext(v) != "" && !strings.ContainsAny(v, " %") }

func merge(a, b valueflow.Values) valueflow.Values {
	for _, s := range b.Strings {
		if !slices.Contains(a.Strings, s) {
			a.Strings = append(a.Strings, s)
		}
	}
	if a.Unknown == "" {
		a.Unknown = b.Unknown
	}
	return a
}

// argWithField returns the first argument whose struct type has the
// (first element of the) field, or, without types, the last argument: SDK
// calls take the request last but for options.
func argWithField(info *types.Info, args []ast.Expr, field string) ast.Expr {
	first, _, _ := strings.Cut(field, ".")
	if info != nil {
		for _, a := range args {
			if t := info.TypeOf(a); t != nil {
				if v, _, _ := types.LookupFieldOrMethod(t, true, nil, first); v != nil {
					if _, ok := v.(*types.Var); ok {
						return a
					}
				}
			}
		}
	}
	if len(args) == 0 {
		return nil
	}
	return args[len(args)-1]
}

func splitValues(values []string, sep string) []string {
	if sep == "" {
		return values
	}
	var out []string
	for _, v := range values {
		for part := range strings.SplitSeq(v, sep) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// broadest is the most restricted category any rule falls back to.
func broadest(rules []*catalog.Refinement) catalog.Category {
	var cs []catalog.Category
	for _, r := range rules {
		cs = append(cs, r.Undetermined)
	}
	return catalog.MostRestricted(cs...)
}

// freshRequest reports whether call builds a new, empty request of a
// catalogued SDK: Tencent's iai.NewDetectFaceRequest(), Alibaba's
// facebody.CreateRecognizeFaceRequest(). Fields the caller does not set
// afterwards hold their zero value.
func freshRequest(cat *catalog.Catalog, info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	name := sel.Sel.Name
	if !strings.HasSuffix(name, "Request") || !strings.HasPrefix(name, "New") && !strings.HasPrefix(name, "Create") {
		return false
	}
	if info == nil {
		return true
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && cat.Package(match.ImportPath(fn.Pkg().Path())) != nil
}

// ThroughInterface is the finding of an SDK method reached through an
// interface whose only implementation it is: no call of it is in sight, so
// a method whose category follows what it requests is undetermined.
func ThroughInterface(s *catalog.Symbol) finding.Finding {
	f := finding.ForSymbol(s)
	if len(s.Refine) > 0 {
		c := broadest(s.Refine)
		f.SetCategory(c, finding.Undetermined, "called through an interface, so "+string(c)+" cannot be excluded")
	}
	return f
}

// RefineCall is the finding of a call of catalogued method s that the type
// checker does not resolve to s (a project interface whose only
// implementation is the SDK's), refined by what the call requests, as a
// direct call would be. It reports false when the call is not a finding.
func RefineCall(pass *analysis.Pass, s *catalog.Symbol, node ast.Node, call *ast.CallExpr, fn ast.Node) (finding.Finding, bool) {
	cat := config.Catalog(pass)
	fd := finding.ForSymbol(s)
	if len(s.Refine) == 0 {
		return fd, true
	}
	flow := valueflow.New(pass.TypesInfo, pass.Files)
	flow.SetFresh(func(info *types.Info, call *ast.CallExpr) bool { return freshRequest(cat, info, call) })
	u := match.Use{Node: node, Symbol: s, Call: call, Func: fn}
	ok := refine(cat, flow, pass.TypesInfo, u, &fd)
	return fd, ok
}
