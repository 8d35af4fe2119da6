package strconst

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// MaxConstLen is the longest string constant the analyzers read: an
// endpoint or a model file name is far shorter.
const MaxConstLen = 1 << 16

// Constants reads the type checker's string constants without being made
// to exhaust memory. Constant declarations like c1 = c0 + c0, c2 = c1 + c1
// double the length at each step: the type checker keeps such values
// unflattened, and reading one with constant.StringVal would flatten
// terabytes. Constants bounds the length from the syntax first, following
// the package's own constant declarations; constants of other packages
// come flat from their export data.
type Constants struct {
	info  *types.Info
	files []*ast.File
	decls map[*types.Const]ast.Expr // built on first use: package-level constants
	lens  map[*types.Const]int
	local bool // decls holds the constants declared in functions too
}

// NewConstants returns a reader of the constants of the package made of
// files; info may be nil.
func NewConstants(info *types.Info, files []*ast.File) *Constants {
	return &Constants{info: info, files: files}
}

// String returns the value of e when the type checker knows it as a string
// constant of at most MaxConstLen bytes.
func (c *Constants) String(e ast.Expr) (string, bool) {
	if c == nil || c.info == nil || c.info.Types == nil {
		return "", false
	}
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	if c.length(e, 0) > MaxConstLen {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// length bounds the length of the string constant e from its syntax; it is
// more than MaxConstLen when it cannot tell.
func (c *Constants) length(e ast.Expr, depth int) int {
	const tooLong = MaxConstLen + 1
	if depth > maxDepth {
		return tooLong
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		return len(e.Value)
	case *ast.ParenExpr:
		return c.length(e.X, depth+1)
	case *ast.BinaryExpr:
		return min(c.length(e.X, depth+1)+c.length(e.Y, depth+1), tooLong)
	case *ast.CallExpr: // a conversion
		if len(e.Args) == 1 {
			return c.length(e.Args[0], depth+1)
		}
	case *ast.Ident:
		return c.constLength(c.info.Uses[e], depth)
	case *ast.SelectorExpr:
		return c.constLength(c.info.Uses[e.Sel], depth)
	}
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() != constant.String {
		return 8 // string(rune) of a constant: a few bytes
	}
	return tooLong
}

func (c *Constants) constLength(obj types.Object, depth int) int {
	k, ok := obj.(*types.Const)
	if !ok {
		return MaxConstLen + 1
	}
	if c.decls == nil {
		c.index()
	}
	def, ok := c.decls[k]
	if !ok && !c.local && k.Pkg() != nil && k.Parent() != k.Pkg().Scope() {
		// Declared in a function: only this package's functions can
		// name it.
		c.indexLocal()
		def, ok = c.decls[k]
	}
	if !ok {
		return 0 // another package's constant, flat already
	}
	if n, ok := c.lens[k]; ok {
		return n
	}
	c.lens[k] = MaxConstLen + 1 // a cycle is an error of the package
	n := c.length(def, depth+1)
	c.lens[k] = n
	return n
}

// index maps the package-level constants to the expressions that give
// their values. Those declared in functions wait for indexLocal: finding
// them takes a walk of every body, and most packages read none.
func (c *Constants) index() {
	c.decls, c.lens = map[*types.Const]ast.Expr{}, map[*types.Const]int{}
	for _, f := range c.files {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok {
				c.add(gd)
			}
		}
	}
}

// indexLocal adds the constants declared in functions to the index.
func (c *Constants) indexLocal() {
	c.local = true
	for _, f := range c.files {
		if f == nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if gd, ok := n.(*ast.GenDecl); ok {
				c.add(gd)
				return false
			}
			return true
		})
	}
}

// add maps the constants of gd to the expressions that give their values,
// repeating the previous expression list where a const group omits it.
func (c *Constants) add(gd *ast.GenDecl) {
	if gd.Tok != token.CONST {
		return
	}
	var values []ast.Expr
	for _, s := range gd.Specs {
		vs, ok := s.(*ast.ValueSpec)
		if !ok {
			continue
		}
		if len(vs.Values) > 0 {
			values = vs.Values
		}
		for i, name := range vs.Names {
			if k, ok := c.info.Defs[name].(*types.Const); ok && i < len(values) {
				c.decls[k] = values[i]
			}
		}
	}
}
