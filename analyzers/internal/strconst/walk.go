package strconst

import (
	"go/ast"
	"go/token"
)

// String is a string expression of a file and the text it folds to.
type String struct {
	Expr ast.Expr
	Text string
}

// Strings returns every string expression under root (a file or a
// declaration of file) that folds, outer ones before those they contain,
// in source order. Identifiers and selectors are not offered on their own
// (a constant is offered where its value is written), nor are import paths
// and struct tags.
func (fo *Folder) Strings(file *ast.File, root ast.Node) []String {
	var strs []String
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident, *ast.CommentGroup:
			return false // nothing below: no call on the way back up
		case *ast.GenDecl:
			return n.Tok != token.IMPORT
		case *ast.Field:
			return n.Tag == nil // a tagged field holds no expression but its tag
		case *ast.BasicLit:
			if text, ok := fo.Fold(file, n); ok {
				strs = append(strs, String{n, text})
			}
			return false
		case *ast.BinaryExpr, *ast.CallExpr, *ast.CompositeLit:
			e := n.(ast.Expr)
			if text, ok := fo.Fold(file, e); ok {
				strs = append(strs, String{e, text})
			}
		}
		return true
	})
	return strs
}

// Outermost calls match with the folded text of each outermost string
// expression under root (a file or a declaration of file) that folds, from
// the outside in: when match returns true, the expressions inside are not
// offered. Strings says which expressions are.
func (fo *Folder) Outermost(file *ast.File, root ast.Node, match func(e ast.Expr, text string) bool) {
	EachOutermost(fo.Strings(file, root), match)
}

// EachOutermost calls match with each of strs (as Strings returns them)
// in order, skipping those inside an expression it matched.
func EachOutermost(strs []String, match func(e ast.Expr, text string) bool) {
	end := token.NoPos
	for _, s := range strs {
		if s.Expr.Pos() < end {
			continue
		}
		if match(s.Expr, s.Text) {
			end = s.Expr.End()
		}
	}
}
