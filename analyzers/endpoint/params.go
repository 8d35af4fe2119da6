package endpoint

import (
	"go/ast"
	"regexp"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// setters are the methods that set a request parameter from a name and a
// value: url.Values and http.Header Set and Add, multipart.Writer.WriteField.
var setters = map[string]bool{"Set": true, "Add": true, "WriteField": true}

// jsonPair finds "key": "value" and "key": ["v1", "v2"] in JSON text,
// including JSON templates that do not parse.
var (
	jsonPair   = regexp.MustCompile(`"([A-Za-z_][\w.-]*)"\s*:\s*("(?:[^"\\]|\\.)*"|\[\s*"[^\]{}]*\])`)
	jsonString = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
)

// CollectParams returns the request parameters that the code under root
// sets from constants: query strings and JSON bodies in string
// expressions, Set/Add/WriteField calls, and the keyed elements of map,
// url.Values and request struct literals. file is root's file (for the
// package names of the syntax fallback).
func CollectParams(fo *strconst.Folder, file *ast.File, root ast.Node) []Param {
	var ps []Param
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit, *ast.BinaryExpr:
			if s, ok := fo.Fold(file, n.(ast.Expr)); ok {
				ps = append(ps, textParams(s, n)...)
				return false
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && setters[sel.Sel.Name] && len(n.Args) >= 2 {
				if name, ok := fo.Fold(file, n.Args[0]); ok && !strings.Contains(name, strconst.Unknown) {
					for _, v := range values(fo, file, n.Args[1:]) {
						ps = append(ps, Param{Name: name, Value: v, Node: n})
					}
				}
			} else if s, ok := fo.Fold(file, n); ok {
				ps = append(ps, textParams(s, n)...)
			}
		case *ast.KeyValueExpr:
			name := ""
			if id, ok := n.Key.(*ast.Ident); ok {
				name = id.Name
			} else if s, ok := fo.Fold(file, n.Key); ok {
				name = s
			}
			if name != "" && !strings.Contains(name, strconst.Unknown) {
				for _, v := range values(fo, file, []ast.Expr{n.Value}) {
					ps = append(ps, Param{Name: name, Value: v, Node: n})
				}
			}
		}
		return true
	})
	return ps
}

// values folds parameter values: strings, and the elements of slice
// literals of strings.
func values(fo *strconst.Folder, file *ast.File, es []ast.Expr) []string {
	var vs []string
	for _, e := range es {
		if lit, ok := e.(*ast.CompositeLit); ok {
			vs = append(vs, values(fo, file, lit.Elts)...)
			continue
		}
		if s, ok := fo.Fold(file, e); ok {
			vs = append(vs, s)
		}
	}
	return vs
}

// textParams returns the parameters written in text: the query string of
// a URL, a bare query ("a=b&c=d"), or the pairs of a JSON body.
func textParams(s string, node ast.Node) []Param {
	if strings.ContainsAny(s, "\"{") {
		var ps []Param
		for _, m := range jsonPair.FindAllStringSubmatch(s, -1) {
			for _, v := range jsonString.FindAllStringSubmatch(m[2], -1) {
				ps = append(ps, Param{Name: m[1], Value: v[1], Node: node})
			}
		}
		return ps
	}
	if _, q, ok := strings.Cut(s, "?"); ok {
		return queryParams(q, node)
	}
	if strings.Contains(s, "=") && !strings.ContainsAny(s, " /") {
		return queryParams(s, node)
	}
	return nil
}
