package strconst

import (
	"go/ast"
	"go/token"
	"slices"
	"sync"
)

// String is a string expression of a file and the text it folds to.
type String struct {
	Expr ast.Expr
	Text string
}

// Strings returns every string expression under root (a file or a
// declaration of file) that folds to a text, outer ones before those they
// contain, in source order. Identifiers and selectors are not offered on
// their own (a constant is offered where its value is written), nor are
// import paths and struct tags, nor expressions that fold to "": no
// address or file name is empty, and generated tables hold thousands.
func (fo *Folder) Strings(file *ast.File, root ast.Node) []String {
	return fo.strings(file, root, false)
}

// Named returns the strings of Strings that can name an address, a path
// or a file, or are put together from parts: all but the literals written
// out whole (Verbatim) whose text has no dot, slash or backslash
// (Separated). Those are most literals of a program (names, keys,
// messages: 19,600 of the 31,500 strings of x/tools' files, tests aside),
// and the analyzers that match texts with catalogued addresses and model
// files read none of them while their catalog names nothing without a
// separator. Leaving them out takes 4% off the CPU time of x/tools' audit:
// the list is a third as long, for each analyzer that goes through it.
func (fo *Folder) Named(file *ast.File, root ast.Node) []String {
	return fo.strings(file, root, true)
}

func (fo *Folder) strings(file *ast.File, root ast.Node, named bool) []String {
	fo.mu.Lock()
	defer fo.mu.Unlock()
	w := walkers.Get().(*stringWalker)
	w.fo, w.file, w.named = fo, file, named
	w.node(root)
	// One allocation of the size found: growing the list as the walk
	// went was a third of the walk's cost on code with large tables.
	strs := slices.Clone(w.strs)
	clear(w.strs)
	clear(w.texts[:cap(w.texts)])
	clear(w.sums[:cap(w.sums)])
	*w = stringWalker{strs: w.strs[:0], sums: w.sums[:0], texts: w.texts[:0]}
	walkers.Put(w)
	return strs
}

// walkers keeps the walkers' lists for the next walk.
var walkers = sync.Pool{New: func() any { return new(stringWalker) }}

// stringWalker visits the nodes of a tree in the order of ast.Inspect and
// folds the expressions that can be strings. It is ast.Inspect written
// out: every file of every package is walked, and a type switch per node
// costs a third of Inspect's two indirect calls per node and one more on
// the way back up (TestStringsWalk holds it to Inspect).
type stringWalker struct {
	fo    *Folder
	file  *ast.File
	named bool // keep only what Named returns
	strs  []String
	sums  []*ast.BinaryExpr // a stack of the chains of sums being visited
	texts []folded          // the texts of the levels of one chain
}

// foldedSyntax reports whether call can fold without type information:
// only the calls Folder.call folds can (a conversion of a constant needs
// the type checker).
func foldedSyntax(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && foldedCall(sel.Sel.Name)
}

// add keeps the string e folds to. The list doubles when full, where
// append grows a long list by a quarter: the lists of a large table
// (x/tools's manifest of the standard library, 20,000 strings) cost five
// times their final size as append grew them, twice with this.
func (w *stringWalker) add(e ast.Expr, text string) {
	if len(w.strs) == cap(w.strs) {
		w.strs = slices.Grow(w.strs, max(cap(w.strs), 64))
	}
	w.strs = append(w.strs, String{e, text})
}

// offer folds e and keeps it when it folds.
func (w *stringWalker) offer(e ast.Expr) {
	if text, ok := w.fo.fold(w.file, e, 0); ok && text != "" { // under the lock Strings holds
		w.add(e, text)
	}
}

// sum visits the chain of sums top heads (a + b + c ...) as ast.Inspect
// would: its sums, outermost first, then its operands from the left. The
// texts of all its sums are folded in one pass up the chain, where folding
// each sum on its own would fold the operands below it again.
func (w *stringWalker) sum(top *ast.BinaryExpr) {
	if s, ok := w.fo.constant(top); ok {
		if s != "" {
			w.add(top, s)
		}
		w.expr(top.X) // its sums are constants too
		w.expr(top.Y)
		return
	}
	base := len(w.sums)
	sums, bottom, text, ok := w.fo.spine(w.file, top, 0, w.sums)
	w.sums = sums // the operands' own chains go above this one
	chain := sums[base:]
	if cap(w.texts) < len(chain) {
		w.texts = make([]folded, len(chain))
	}
	texts := w.texts[:len(chain)]
	w.fo.addUp(w.file, chain, 0, text, ok, texts)
	for i, t := range texts {
		if t.ok && t.text != "" {
			w.add(chain[i], t.text)
		}
	}
	w.expr(bottom)
	for i := len(chain) - 1; i >= 0; i-- {
		w.expr(chain[i].Y)
	}
	w.sums = w.sums[:base]
}

func (w *stringWalker) exprs(list []ast.Expr) {
	for _, e := range list {
		w.expr(e)
	}
}

// expr visits an expression. Most are names, which hold nothing: they are
// told apart here, where this is inlined, without a call and a switch.
func (w *stringWalker) expr(e ast.Expr) {
	if _, ok := e.(*ast.Ident); !ok {
		w.node(e)
	}
}

func (w *stringWalker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.node(s)
	}
}

func (w *stringWalker) fields(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		// A tagged field holds no expression but its tag, which is no
		// string the code uses.
		if f.Tag == nil && f.Type != nil {
			w.expr(f.Type)
		}
	}
}

// node visits n (a node of the tree) and what it holds. Names and
// comments hold no string expression and are not visited. The fields of a
// concrete pointer type that a broken file may leave nil are checked. n is
// an any, not an ast.Node: passing an ast.Expr or ast.Stmt as an ast.Node
// converts between interfaces, a lookup in the runtime's table of method
// sets for every node; to an any it is free.
func (w *stringWalker) node(n any) {
	switch n := n.(type) {
	case *ast.BlockStmt:
		if n != nil {
			w.stmts(n.List)
		}
	case *ast.FuncType:
		if n != nil {
			w.fields(n.TypeParams)
			w.fields(n.Params)
			w.fields(n.Results)
		}
	case *ast.CallExpr:
		if n != nil {
			if w.fo.info != nil || foldedSyntax(n) {
				w.offer(n)
			}
			w.expr(n.Fun)
			w.exprs(n.Args)
		}
	case nil, *ast.Ident, *ast.BadExpr, *ast.BadStmt, *ast.BadDecl, *ast.EmptyStmt,
		*ast.BranchStmt, *ast.Comment, *ast.CommentGroup, *ast.ImportSpec:
	case *ast.BasicLit:
		if n.Kind == token.STRING {
			if text, ok := unquote(n.Value); ok && text != "" && (!w.named || namedLiteral(n, text)) {
				w.add(n, text)
			}
		}

	// Expressions
	case *ast.Ellipsis:
		w.expr(n.Elt)
	case *ast.FuncLit:
		w.node(n.Type)
		w.node(n.Body)
	case *ast.CompositeLit:
		if mayBeURLType(n.Type, w.fo.info != nil) {
			w.offer(n)
		}
		w.expr(n.Type)
		w.exprs(n.Elts)
	case *ast.ParenExpr:
		w.expr(n.X)
	case *ast.SelectorExpr:
		w.expr(n.X)
	case *ast.IndexExpr:
		w.expr(n.X)
		w.expr(n.Index)
	case *ast.IndexListExpr:
		w.expr(n.X)
		w.exprs(n.Indices)
	case *ast.SliceExpr:
		w.expr(n.X)
		w.expr(n.Low)
		w.expr(n.High)
		w.expr(n.Max)
	case *ast.TypeAssertExpr:
		w.expr(n.X)
		w.expr(n.Type)
	case *ast.StarExpr:
		w.expr(n.X)
	case *ast.UnaryExpr:
		w.expr(n.X)
	case *ast.BinaryExpr:
		if n.Op == token.ADD {
			w.sum(n)
		} else { // only a sum makes a string
			w.expr(n.X)
			w.expr(n.Y)
		}
	case *ast.KeyValueExpr:
		w.expr(n.Key)
		w.expr(n.Value)

	// Types
	case *ast.ArrayType:
		w.expr(n.Len)
		w.expr(n.Elt)
	case *ast.StructType:
		w.fields(n.Fields)
	case *ast.InterfaceType:
		w.fields(n.Methods)
	case *ast.MapType:
		w.expr(n.Key)
		w.expr(n.Value)
	case *ast.ChanType:
		w.expr(n.Value)
	case *ast.Field:
		if n.Tag == nil {
			w.expr(n.Type)
		}
	case *ast.FieldList:
		w.fields(n)

	// Statements
	case *ast.DeclStmt:
		w.node(n.Decl)
	case *ast.LabeledStmt:
		w.node(n.Stmt)
	case *ast.ExprStmt:
		w.expr(n.X)
	case *ast.SendStmt:
		w.expr(n.Chan)
		w.expr(n.Value)
	case *ast.IncDecStmt:
		w.expr(n.X)
	case *ast.AssignStmt:
		w.exprs(n.Lhs)
		w.exprs(n.Rhs)
	case *ast.GoStmt:
		w.node(n.Call)
	case *ast.DeferStmt:
		w.node(n.Call)
	case *ast.ReturnStmt:
		w.exprs(n.Results)
	case *ast.IfStmt:
		w.node(n.Init)
		w.expr(n.Cond)
		w.node(n.Body)
		w.node(n.Else)
	case *ast.CaseClause:
		w.exprs(n.List)
		w.stmts(n.Body)
	case *ast.SwitchStmt:
		w.node(n.Init)
		w.expr(n.Tag)
		w.node(n.Body)
	case *ast.TypeSwitchStmt:
		w.node(n.Init)
		w.node(n.Assign)
		w.node(n.Body)
	case *ast.CommClause:
		w.node(n.Comm)
		w.stmts(n.Body)
	case *ast.SelectStmt:
		w.node(n.Body)
	case *ast.ForStmt:
		w.node(n.Init)
		w.expr(n.Cond)
		w.node(n.Post)
		w.node(n.Body)
	case *ast.RangeStmt:
		w.expr(n.Key)
		w.expr(n.Value)
		w.expr(n.X)
		w.node(n.Body)

	// Declarations
	case *ast.ValueSpec:
		w.expr(n.Type)
		w.exprs(n.Values)
	case *ast.TypeSpec:
		w.fields(n.TypeParams)
		w.expr(n.Type)
	case *ast.GenDecl:
		if n.Tok == token.IMPORT {
			return // import paths are no strings the code uses
		}
		for _, s := range n.Specs {
			w.node(s)
		}
	case *ast.FuncDecl:
		w.fields(n.Recv)
		w.node(n.Type)
		w.node(n.Body)
	case *ast.File:
		for _, d := range n.Decls {
			w.node(d)
		}
	}
}

// Verbatim reports whether s is a string literal written out whole: its
// text is the literal within its quotes, the same bytes, in the source.
func Verbatim(s String) bool {
	lit, ok := s.Expr.(*ast.BasicLit)
	return ok && verbatim(lit, s.Text)
}

// verbatim reports whether text, the value of the string literal lit, is
// lit within its quotes. Comparing them costs next to nothing: a text
// without an escape is a slice of the literal, and one with an escape is
// shorter, unless invalid UTF-8 (each byte a U+FFFD) makes up for it.
func verbatim(lit *ast.BasicLit, text string) bool {
	return len(text) == len(lit.Value)-2 && text == lit.Value[1:len(lit.Value)-1]
}

// namedLiteral reports whether Named keeps the string literal lit, whose
// value is text.
func namedLiteral(lit *ast.BasicLit, text string) bool {
	return Separated(text) || !verbatim(lit, text)
}

// Separated reports whether text has a dot, a slash or a backslash: what
// separates the labels of a host, the elements of a path and a file name
// from its extension. Every address and model file of the embedded
// catalog has one in its name (endpoint.Matcher.NamesUnseparated and
// catalog.Catalog.ModelNamesSeparated tell for any catalog). Unknown
// counts, as the place of a base URL.
func Separated(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '/', '\\', Unknown[0]:
			return true
		}
	}
	return false
}

// Outermost calls match with the folded text of each outermost string
// expression under root (a file or a declaration of file) that folds, from
// the outside in: when match returns true, the expressions inside are not
// offered. Strings says which expressions are.
func (fo *Folder) Outermost(file *ast.File, root ast.Node, match func(e ast.Expr, text string) bool) {
	EachOutermost(fo.Strings(file, root), match)
}

// EachOutermost calls match with each of strs (as Strings or Named return
// them) in order, skipping those inside an expression it matched. An
// expression is inside the last one matched when it ends no later: those
// after it end after it. End, not Pos: the Pos of a chain a + b + c + ...
// walks down the chain, which made the loop quadratic in its length.
func EachOutermost(strs []String, match func(e ast.Expr, text string) bool) {
	end := token.NoPos
	for _, s := range strs {
		if end.IsValid() && s.Expr.End() <= end {
			continue // most calls match none, and need no End
		}
		if match(s.Expr, s.Text) {
			end = s.Expr.End()
		}
	}
}
