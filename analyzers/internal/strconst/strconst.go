// Package strconst folds Go string expressions to the text they build, so
// that analyzers can read URLs and file names that code assembles from
// constants: concatenations, fmt.Sprintf formats, url.URL literals,
// url.JoinPath and path.Join. It uses the type checker's constant values
// when there are any and falls back to the syntax alone (the constant and
// variable declarations of the package), so it works on packages that do
// not type-check and on a syntax-only pass whose TypesInfo is empty.
package strconst

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"
)

// Unknown stands, in folded text, for a part whose value is not known
// (a variable, a function result).
const Unknown = "\x00"

// maxDepth bounds the folding of constants defined by other constants.
const maxDepth = 32

// Folder folds the string expressions of one package. It is safe for
// concurrent use: the analyzers that share a package's Folder (through
// Analyzer's result) run at the same time, and folding fills its memo.
type Folder struct {
	info *types.Info
	// decls are the package's constants, and variables initialised with a
	// string, by name: the syntax's fallback for identifiers.
	decls  map[string]ast.Expr
	mu     sync.Mutex        // guards memo and consts, which folding fills
	memo   map[string]folded // the folded values of decls
	consts *Constants
}

type folded struct {
	text string
	ok   bool
}

// New returns a Folder for the package made of files. info may be nil or
// partly filled.
func New(info *types.Info, files []*ast.File) *Folder {
	fo := &Folder{info: info, decls: map[string]ast.Expr{}, memo: map[string]folded{}, consts: NewConstants(info, files)}
	for _, f := range files {
		if f != nil {
			fo.addDecls(f)
		}
	}
	return fo
}

func (fo *Folder) addDecls(f *ast.File) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST && gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) != len(vs.Names) {
				continue
			}
			for i, name := range vs.Names {
				if _, dup := fo.decls[name.Name]; !dup {
					fo.decls[name.Name] = vs.Values[i]
				}
			}
		}
	}
}

// Fold returns the text e builds, with Unknown for the parts whose value
// is not known, and whether e is a string expression with at least one
// known part.
func (fo *Folder) Fold(file *ast.File, e ast.Expr) (string, bool) {
	fo.mu.Lock()
	defer fo.mu.Unlock()
	return fo.fold(file, e, 0)
}

func (fo *Folder) fold(file *ast.File, e ast.Expr, depth int) (string, bool) {
	if depth > maxDepth {
		return Unknown, false
	}
	if fo.info != nil && mayBeConstant(e) {
		if s, ok := fo.constant(e); ok {
			return s, true
		}
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return unquote(e.Value)
		}
	case *ast.ParenExpr:
		return fo.fold(file, e.X, depth+1)
	case *ast.Ident:
		if fo.typed(e) {
			return Unknown, false // the type checker knows it is no string constant
		}
		if def, ok := fo.decls[e.Name]; ok {
			// Once per name: c2 = c1 + c1, c3 = c2 + c2... would
			// otherwise fold c1 an exponential number of times.
			if r, ok := fo.memo[e.Name]; ok {
				return r.text, r.ok
			}
			fo.memo[e.Name] = folded{Unknown, false} // a cycle
			text, ok := fo.fold(file, def, depth+1)
			fo.memo[e.Name] = folded{text, ok}
			return text, ok
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return fo.add(file, e, depth)
		}
	case *ast.CallExpr:
		return fo.call(file, e, depth)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if lit, ok := e.X.(*ast.CompositeLit); ok {
				return fo.urlLiteral(file, lit, depth)
			}
		}
	case *ast.CompositeLit:
		return fo.urlLiteral(file, e, depth)
	}
	return Unknown, false
}

// add folds the sum e, which the type checker does not know as a
// constant, at depth. a + b + c + ... is a chain down the left operands,
// and generated tables hold chains of thousands of literals: add folds
// the chain as a loop over its operands, not a recursion down it, and
// joins the text once instead of copying it at every level.
func (fo *Folder) add(file *ast.File, e *ast.BinaryExpr, depth int) (string, bool) {
	spine, _, text, ok := fo.spine(file, e, depth, nil)
	return fo.addUp(file, spine, depth, text, ok, nil)
}

// spine appends to into the sums of the chain e heads, e first, down to
// the first operand that is no sum or is a sum the type checker knows as
// a constant, and returns them with that operand and its text.
func (fo *Folder) spine(file *ast.File, e *ast.BinaryExpr, depth int, into []*ast.BinaryExpr) ([]*ast.BinaryExpr, ast.Expr, string, bool) {
	spine := append(into, e)
	bottom := e.X
	for {
		b, ok := bottom.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			break
		}
		if s, ok := fo.constant(b); ok {
			return spine, b, s, true
		}
		spine = append(spine, b)
		bottom = b.X
	}
	text, ok := fo.fold(file, bottom, depth+1)
	return spine, bottom, text, ok
}

// addUp adds the right operands of spine (outermost first, at depth) to
// the folded bottom operand, from the bottom up, and returns the text of
// the outermost sum. A level whose sum does not fold, or would be longer
// than MaxConstLen, starts the text again from Unknown. When levels is
// not nil (as long as spine), it receives the text of every level: the
// levels of a run that folds share the bytes of one string.
func (fo *Folder) addUp(file *ast.File, spine []*ast.BinaryExpr, depth int, text string, ok bool, levels []folded) (string, bool) {
	var b strings.Builder
	inB := false // text is what b holds
	for i := len(spine) - 1; i >= 0; i-- {
		if len(text) > MaxConstLen {
			text, ok, inB = Unknown, false, false
		} else if r, rok := fo.fold(file, spine[i].Y, depth+1); (ok || rok) && len(text)+len(r) <= MaxConstLen {
			if !inB {
				b = strings.Builder{}
				b.Grow(len(text) + len(r))
				b.WriteString(text)
				inB = true
			}
			b.WriteString(r)
			text, ok = b.String(), true
		} else {
			text, ok, inB = Unknown, false, false
		}
		if levels != nil {
			levels[i] = folded{text, ok}
		}
	}
	return text, ok
}

// unquote returns the value of a string literal, or Unknown and false
// when it is malformed. A literal without escapes costs no allocation.
func unquote(s string) (string, bool) {
	if v, err := strconv.Unquote(s); err == nil {
		return v, true
	}
	return Unknown, false
}

// mayBeConstant reports whether e can be a string constant the switch of
// fold does not read as well as the type checker: the type checker is
// asked only then, since a map lookup for every literal, call and
// operation is most of the cost of folding a large package. A literal
// folds the same from its syntax; only + makes a string of constants; a
// call is a constant only as a conversion or min and max of constants;
// composite literals and & are never constants.
func mayBeConstant(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit, *ast.CompositeLit, *ast.UnaryExpr:
		return false
	case *ast.BinaryExpr:
		return e.Op == token.ADD
	case *ast.CallExpr:
		if len(e.Args) == 1 {
			return true
		}
		id, ok := ast.Unparen(e.Fun).(*ast.Ident)
		return ok && (id.Name == "min" || id.Name == "max")
	}
	return true
}

// constant returns the type checker's value of e, when it is a string
// constant of a reasonable length.
func (fo *Folder) constant(e ast.Expr) (string, bool) {
	return fo.consts.String(e)
}

// typed reports whether the type checker resolved id to a variable or
// constant of its own: then the syntax fallback must not guess. Package
// variables initialised with a string are the exception: their initial
// value is what the code most often uses.
func (fo *Folder) typed(id *ast.Ident) bool {
	if fo.info == nil || fo.info.Uses == nil {
		return false
	}
	obj := fo.info.Uses[id]
	if obj == nil {
		return false
	}
	v, ok := obj.(*types.Var)
	return !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope()
}

func (fo *Folder) call(file *ast.File, call *ast.CallExpr, depth int) (string, bool) {
	if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || !foldedCall(sel.Sel.Name) {
		return Unknown, false
	}
	pkg, name := fo.callee(file, call)
	switch {
	case pkg == "fmt" && name == "Sprintf" && len(call.Args) > 0:
		format, ok := fo.fold(file, call.Args[0], depth+1)
		if !ok {
			return Unknown, false
		}
		return fo.sprintf(file, format, call.Args[1:], depth), true
	case pkg == "net/url" && name == "JoinPath", pkg == "path" && name == "Join":
		var parts []string
		known := false
		for _, a := range call.Args {
			if call.Ellipsis.IsValid() && a == call.Args[len(call.Args)-1] {
				parts = append(parts, Unknown)
				continue
			}
			s, ok := fo.fold(file, a, depth+1)
			known = known || ok
			parts = append(parts, strings.Trim(s, "/"))
		}
		if known {
			return strings.Join(parts, "/"), true
		}
	}
	return Unknown, false
}

// foldedCall reports whether name is the name of a function call folds.
// A switch, not a map: every call of a program is asked.
func foldedCall(name string) bool {
	switch name {
	case "Sprintf", "JoinPath", "Join":
		return true
	}
	return false
}

// callee returns the import path and name of a package-level function
// called as pkg.Name, from the type checker or else the file's imports.
func (fo *Folder) callee(file *ast.File, call *ast.CallExpr) (pkgPath, name string) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	return PkgPath(fo.info, file, sel.X), sel.Sel.Name
}

// PkgPath returns the import path of the package x refers to, when x is a
// package name (from the type checker, or else the file's imports), or "".
func PkgPath(info *types.Info, file *ast.File, x ast.Expr) string {
	id, ok := x.(*ast.Ident)
	if !ok {
		return ""
	}
	if info != nil && info.Uses != nil {
		if pn, ok := info.Uses[id].(*types.PkgName); ok {
			return pn.Imported().Path()
		}
		if info.Uses[id] != nil {
			return ""
		}
	}
	if file == nil {
		return ""
	}
	for _, imp := range file.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name == id.Name {
			return path
		}
	}
	return ""
}

// sprintf formats like fmt.Sprintf, with Unknown for the operands that
// do not fold.
func (fo *Folder) sprintf(file *ast.File, format string, args []ast.Expr, depth int) string {
	var b strings.Builder
	argi := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			b.WriteByte('%')
			continue
		}
		s := Unknown
		if argi < len(args) {
			if v, ok := fo.fold(file, args[argi], depth+1); ok {
				s = v
			} else if v, ok := fo.number(args[argi]); ok {
				s = v
			}
		}
		argi++
		b.WriteString(s)
	}
	return b.String()
}

// number returns the text of an integer constant operand.
func (fo *Folder) number(e ast.Expr) (string, bool) {
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.INT {
		return lit.Value, true
	}
	if fo.info != nil && fo.info.Types != nil {
		if tv, ok := fo.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
			return tv.Value.ExactString(), true
		}
	}
	return "", false
}

// urlLiteral folds a net/url.URL composite literal to the URL it denotes.
func (fo *Folder) urlLiteral(file *ast.File, lit *ast.CompositeLit, depth int) (string, bool) {
	if !fo.isURLType(file, lit) {
		return Unknown, false
	}
	fields := map[string]string{}
	known := false
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		s, ok := fo.fold(file, kv.Value, depth+1)
		if ok {
			known = true
		}
		fields[key.Name] = s
	}
	host, hasHost := fields["Host"]
	pth, query := fields["Path"], fields["RawQuery"]
	if !known || !hasHost && pth == "" {
		return Unknown, false
	}
	scheme := fields["Scheme"]
	if scheme == "" {
		scheme = "https"
	}
	if !hasHost {
		host = Unknown
	}
	s := scheme + "://" + host
	if pth != "" && !strings.HasPrefix(pth, "/") {
		s += "/"
	}
	s += pth
	if query != "" {
		s += "?" + query
	}
	return s, true
}

func (fo *Folder) isURLType(file *ast.File, lit *ast.CompositeLit) bool {
	if !mayBeURLType(lit.Type, fo.info != nil) {
		return false
	}
	if fo.info != nil && fo.info.Types != nil {
		if tv, ok := fo.info.Types[lit]; ok && tv.Type != nil {
			// The type's name, not its formatted string: this runs for
			// every composite literal, and formatting allocates.
			var obj *types.TypeName
			switch t := tv.Type.(type) {
			case *types.Named:
				obj = t.Obj()
			case *types.Alias:
				obj = t.Obj()
			}
			return obj != nil && obj.Name() == "URL" && obj.Pkg() != nil && obj.Pkg().Path() == "net/url"
		}
	}
	sel, ok := lit.Type.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "URL" && PkgPath(fo.info, file, sel.X) == "net/url"
}

// mayBeURLType reports whether a composite literal of type t (nil when
// elided) can be a net/url.URL: a literal that spells its type names it
// URL (url.URL, or URL imported with a dot or declared as an alias of that
// name); only an elided type needs the type checker (typed). Tables of
// literals of other types are most composite literals.
func mayBeURLType(t ast.Expr, typed bool) bool {
	switch t := t.(type) {
	case *ast.Ident:
		return t.Name == "URL"
	case *ast.SelectorExpr:
		return t.Sel.Name == "URL"
	case nil:
		return typed
	}
	return false
}

// Show returns folded text for a message: Unknown parts become "…".
func Show(s string) string { return strings.ReplaceAll(s, Unknown, "…") }
