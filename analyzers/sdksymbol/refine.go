package sdksymbol

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/internal/finding"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/internal/valueflow"
)

// refine applies the symbol's refinement to a use: the category follows
// what the call requests. It reports false when the call is not a finding
// (a gocv cascade for licence plates).
func refine(cat *catalog.Catalog, flow *valueflow.Flow, info *types.Info, u match.Use, fd *finding.Finding) bool {
	r := u.Symbol.Refine
	if u.Call == nil {
		setCategory(fd, r.Undetermined, "used as a value, so what it requests cannot be determined", true)
		return true
	}
	values, subject := requested(flow, info, u, r)
	var decided []catalog.Category
	var because []string
	for _, v := range splitValues(values.Strings, r.Split) {
		if r.Models {
			if m := cat.Model(v); m != nil {
				decided = append(decided, m.Category)
				because = append(because, v+" "+m.What)
			}
			continue
		}
		for key, c := range r.Values {
			if strings.EqualFold(key, v) {
				decided = append(decided, c)
				because = append(because, v)
			}
		}
	}
	switch {
	case len(decided) > 0:
		what := "here it requests " + strings.Join(because, ", ")
		if r.Models {
			what = "here it loads " + strings.Join(because, "; ")
		}
		setCategory(fd, mostRestricted(decided), what, false)
		return true
	case !values.Complete():
		setCategory(fd, r.Undetermined, subject+" could not be determined ("+values.Unknown+"), so "+
			string(r.Undetermined)+" cannot be excluded", true)
		return true
	case r.Otherwise == catalog.NotAFinding:
		return false
	case r.Otherwise != "":
		setCategory(fd, catalog.Category(r.Otherwise), "", false)
	}
	return true
}

// requested evaluates the deciding argument or field of the call.
func requested(flow *valueflow.Flow, info *types.Info, u match.Use, r *catalog.Refinement) (valueflow.Values, string) {
	args := u.Call.Args
	subject := "the argument"
	if r.Field != "" {
		subject = r.Field
	}
	var arg ast.Expr
	switch {
	case r.Arg != nil && *r.Arg < len(args):
		arg = args[*r.Arg]
	case r.Arg == nil:
		arg = argWithField(info, args, r.Field)
	}
	if arg == nil {
		return valueflow.Values{Unknown: "no such argument"}, subject
	}
	if r.Field != "" {
		return flow.FieldOf(u.Func, arg, r.Field), subject
	}
	return flow.Of(u.Func, arg), subject
}

// argWithField returns the first argument whose struct type has field, or,
// without types, the last argument (SDK calls take the request last but
// for options).
func argWithField(info *types.Info, args []ast.Expr, field string) ast.Expr {
	if info != nil {
		for _, a := range args {
			if t := info.TypeOf(a); t != nil {
				if v, _, _ := types.LookupFieldOrMethod(t, true, nil, field); v != nil {
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
		for _, part := range strings.Split(v, sep) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// mostRestricted returns the category that comes first in catalog.Categories.
func mostRestricted(cs []catalog.Category) catalog.Category {
	best := -1
	for _, c := range cs {
		i := slices.IndexFunc(catalog.Categories, func(info catalog.CategoryInfo) bool { return info.Category == c })
		if best < 0 || i < best {
			best = i
		}
	}
	return catalog.Categories[best].Category
}

func setCategory(fd *finding.Finding, c catalog.Category, why string, uncertain bool) {
	fd.Category = c
	fd.Legal = fd.Entry.LegalFor(c)
	if why == "" {
		return
	}
	if uncertain {
		fd.Note = joinNotes("undetermined: "+why, fd.Note)
		return
	}
	fd.What += "; " + why
}

func joinNotes(a, b string) string {
	if b == "" {
		return a
	}
	return a + "; " + b
}
