package valueflow

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Without type information (the syntax-only audit, files the build
// excludes), identifiers are resolved to variables by their name, so that
// a value the function spells as a literal is determined there too:
//
//	req := iai.NewDetectFaceRequest()
//	req.NeedFaceAttributes = common.Uint64Ptr(1) // requests attributes
//
// A name declared in the top-level function around the identifier (a
// parameter, :=, var, a range variable, in the function or a closure in
// it) is one variable for the whole function: scopes are not tracked, so
// the values of every declaration of the name are merged, and a name that
// is a parameter anywhere in the function is a parameter (undetermined).
// Other names are package-level variables and constants with an explicit
// value, in any file of the package. nil, true and false are literals.

// byName resolves identifiers by name for one Flow.
type byName struct {
	funcs   []*ast.FuncDecl // top-level functions of the files
	locals  map[*ast.FuncDecl]map[string]*types.Var
	globals map[string]*types.Var
}

// resolve returns the variable id names, or nil.
func (f *Flow) resolve(id *ast.Ident) types.Object {
	if f.names == nil {
		f.names = newByName(f.files)
	}
	b := f.names
	for _, fd := range b.funcs {
		if fd.Pos() <= id.Pos() && id.Pos() < fd.End() {
			vars, ok := b.locals[fd]
			if !ok {
				vars = localVars(fd)
				b.locals[fd] = vars
			}
			if v := vars[id.Name]; v != nil {
				return v
			}
			break
		}
	}
	if v := b.globals[id.Name]; v != nil {
		return v
	}
	return nil
}

func newByName(files []*ast.File) *byName {
	b := &byName{locals: map[*ast.FuncDecl]map[string]*types.Var{}, globals: map[string]*types.Var{}}
	for _, file := range files {
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				b.funcs = append(b.funcs, d)
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
						if _, dup := b.globals[id.Name]; !dup && id.Name != "_" {
							b.globals[id.Name] = types.NewVar(id.Pos(), nil, id.Name, nil)
						}
					}
				}
			}
		}
	}
	return b
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
