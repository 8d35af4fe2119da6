// Package syntaxvar resolves identifiers to variables by their name, for
// code without type information (the syntax-only audit, files the build
// excludes): the def-use walk of valueflow and the receiver's declared
// type in match both need to know which variable a name denotes.
//
// A name declared in the top-level function around the identifier (a
// parameter, :=, var, a range or type-switch variable, in the function or
// a closure in it) is one variable for the whole function, at its first
// declaration, or at a parameter of that name if there is one: scopes are
// not tracked, so users merge the values of every declaration of the
// name, and a name that is a parameter anywhere in the function is a
// parameter. Other names are package-level variables and constants with a
// value of their own (not iota repetitions), in any of the files.
package syntaxvar

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Resolver resolves identifiers of some files by name. It is not safe for
// concurrent use.
type Resolver struct {
	files   []*ast.File
	built   bool
	funcs   []*ast.FuncDecl // top-level functions of the files
	locals  map[*ast.FuncDecl]map[string]*types.Var
	globals map[string]*types.Var
}

// New returns a resolver over files; nothing is read until the first Var.
func New(files []*ast.File) *Resolver { return &Resolver{files: files} }

// Var returns the variable that id names, or nil: a *types.Var without a
// package or type, positioned at the declaration that stands for the name
// (the same object for every identifier of that variable).
func (r *Resolver) Var(id *ast.Ident) *types.Var {
	if !r.built {
		r.build()
	}
	for _, fd := range r.funcs {
		if fd.Pos() <= id.Pos() && id.Pos() < fd.End() {
			vars, ok := r.locals[fd]
			if !ok {
				vars = localVars(fd)
				r.locals[fd] = vars
			}
			if v := vars[id.Name]; v != nil {
				return v
			}
			break
		}
	}
	if v := r.globals[id.Name]; v != nil {
		return v
	}
	return nil
}

func (r *Resolver) build() {
	r.built = true
	r.locals, r.globals = map[*ast.FuncDecl]map[string]*types.Var{}, map[string]*types.Var{}
	for _, file := range r.files {
		if file == nil {
			continue
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				r.funcs = append(r.funcs, d)
			case *ast.GenDecl:
				if d.Tok != token.VAR && d.Tok != token.CONST {
					continue
				}
				for _, spec := range d.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok || d.Tok == token.CONST && len(vs.Values) != len(vs.Names) {
						continue // a constant without its own value (iota): undetermined
					}
					for _, id := range vs.Names {
						if _, dup := r.globals[id.Name]; !dup && id.Name != "_" {
							r.globals[id.Name] = types.NewVar(id.Pos(), nil, id.Name, nil)
						}
					}
				}
			}
		}
	}
}

// localVars returns the variables fd declares, by name: one for each name,
// at its first declaration, or at a parameter of that name if there is one.
func localVars(fd *ast.FuncDecl) map[string]*types.Var {
	vars := map[string]*types.Var{}
	params := map[string]bool{}
	declare := func(id *ast.Ident, param bool) {
		if id == nil || id.Name == "_" {
			return
		}
		if _, ok := vars[id.Name]; ok && (params[id.Name] || !param) {
			return
		}
		vars[id.Name] = types.NewVar(id.Pos(), nil, id.Name, nil)
		params[id.Name] = params[id.Name] || param
	}
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, field := range fl.List {
			for _, id := range field.Names {
				declare(id, true)
			}
		}
	}
	fields(fd.Recv)
	ast.Inspect(fd, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			fields(n.Params)
			fields(n.Results)
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok {
						declare(id, false)
					}
				}
			}
		case *ast.GenDecl:
			for _, spec := range n.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || n.Tok == token.CONST && len(vs.Values) != len(vs.Names) {
					continue
				}
				for _, id := range vs.Names {
					declare(id, false)
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						declare(id, false)
					}
				}
			}
		case *ast.TypeSwitchStmt:
			if as, ok := n.Assign.(*ast.AssignStmt); ok {
				for _, lhs := range as.Lhs {
					if id, ok := lhs.(*ast.Ident); ok {
						declare(id, false) // its value, y.(type), is undetermined
					}
				}
			}
		}
		return true
	})
	return vars
}
