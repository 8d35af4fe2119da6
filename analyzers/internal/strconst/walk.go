package strconst

import (
	"go/ast"
	"go/token"
)

// Outermost calls match with the folded text of each outermost string
// expression under root (a file or a declaration of file) that folds, from
// the outside in: when match returns true, the expressions inside are not
// visited. Identifiers and selectors are not offered on their own (a
// constant is offered where its value is written), nor are import paths
// and struct tags.
func (fo *Folder) Outermost(file *ast.File, root ast.Node, match func(e ast.Expr, text string) bool) {
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			return n.Tok != token.IMPORT
		case *ast.Field:
			return n.Tag == nil // a tagged field holds no expression but its tag
		case *ast.BasicLit, *ast.BinaryExpr, *ast.CallExpr, *ast.CompositeLit:
			e := n.(ast.Expr)
			if text, ok := fo.Fold(file, e); ok && match(e, text) {
				return false
			}
		}
		return true
	})
}
