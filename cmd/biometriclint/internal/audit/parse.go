package audit

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
	"github.com/biometriclint/biometriclint/internal/readlimit"
)

// buildContext decides which files a build would include, only to tell the
// analyzers which files are "excluded by the build" (they are analysed all
// the same). It is fixed, not the host's, so that the report does not
// depend on the machine: linux/amd64, cgo off (the audit runs no cgo), no
// custom tags.
var buildContext = func() build.Context {
	c := build.Default
	c.GOOS, c.GOARCH, c.CgoEnabled = "linux", "amd64", false
	c.BuildTags = nil
	return c
}()

// matchFile reports whether buildContext includes file base of dir, whose
// content is src (read already: the go/build default would read it again).
func matchFile(dir, base string, src []byte) bool {
	c := buildContext
	c.OpenFile = func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(src)), nil }
	ok, err := c.MatchFile(dir, base)
	return err == nil && ok
}

// pkg is one package of a directory: the files that share a package clause.
type pkg struct {
	ID, Path, Module string
	GoMod            string // the go.mod above it in the tree, as positions name files; "" when none
	Name             string
	Dir              *dir
	Files            []*ast.File
	Ignored          []string    // file names (with the root prefix) excluded by buildContext
	IgnoredSyntax    []*ast.File // their syntax, parsed with the others
	Other            []string
}

// dirName is the name of d as positions print it: under the root as given.
func (a *auditor) dirName(d *dir) string {
	return filepath.Join(a.root, filepath.FromSlash(d.Rel))
}

// parseDir parses every .go file of d, whatever its build constraints, and
// groups the files by package clause. Files are named root/rel/name, as
// positions will print them. Syntax errors keep what parsed, and are
// returned as problems.
func (a *auditor) parseDir(d *dir) ([]*pkg, []*output.Problem) {
	var problems []*output.Problem
	absDir := filepath.Join(a.abs, filepath.FromSlash(d.Rel))
	dirName := a.dirName(d)
	path, module := a.mods.importPath(d.Rel)
	goMod := ""
	if r, ok := a.mods.goModDir(d.Rel); ok {
		goMod = filepath.Join(a.root, filepath.FromSlash(r), "go.mod")
	}
	byName := map[string]*pkg{}
	for _, base := range d.GoFiles {
		name := filepath.Join(dirName, base)
		if !a.tests && strings.HasSuffix(base, "_test.go") {
			continue
		}
		src, err := readlimit.ReadFile(filepath.Join(absDir, base))
		if err != nil {
			problems = append(problems, &output.Problem{Package: path, File: name, Reason: err.Error()})
			continue
		}
		a.keepSource(name, src)
		f, err := parser.ParseFile(a.fset, name, src, parseMode)
		if spoilt, ok := withoutLineDirectives(a.fset, f, src); ok {
			f, err = parser.ParseFile(a.fset, name, spoilt, parseMode)
		}
		if err != nil {
			problems = append(problems, &output.Problem{Package: path, File: name, Reason: "syntax error, analysed up to it: " + syntaxError(err)})
		}
		if f == nil || f.Name == nil || f.Name.Name == "" || f.Name.Name == "_" {
			continue
		}
		p := byName[f.Name.Name]
		if p == nil {
			p = &pkg{Name: f.Name.Name, Dir: d, Module: module, GoMod: goMod}
			byName[f.Name.Name] = p
		}
		if matchFile(absDir, base, src) {
			p.Files = append(p.Files, f)
		} else {
			p.Ignored = append(p.Ignored, name)
			p.IgnoredSyntax = append(p.IgnoredSyntax, f)
		}
	}
	var pkgs []*pkg
	for _, p := range byName {
		pkgs = append(pkgs, p)
	}
	// The package with the most built files owns the import path; external
	// test packages and stray packages (a main behind //go:build ignore)
	// are named after it.
	slices.SortFunc(pkgs, func(x, y *pkg) int {
		return cmp.Or(cmp.Compare(len(y.Files), len(x.Files)), cmp.Compare(x.Name, y.Name))
	})
	for i, p := range pkgs {
		p.Path = path
		switch {
		case i == 0 && !strings.HasSuffix(p.Name, "_test"):
			p.ID = path
		case strings.HasSuffix(p.Name, "_test"):
			p.ID, p.Path = path+"_test", path+"_test"
		default:
			p.ID = path + " (package " + p.Name + ")"
		}
		// The directory's other files (C, headers, assembly) belong to
		// its main package, as go list has them: not to the external test
		// package too, or each would be reported twice.
		if i > 0 {
			continue
		}
		for _, o := range d.Other {
			p.Other = append(p.Other, filepath.Join(dirName, o))
		}
	}
	return pkgs, problems
}

const parseMode = parser.ParseComments | parser.SkipObjectResolution

// The audit places a finding where its code is written: a line directive
// ("//line other.go:10", "/*line ...*/"), which the parser honours, would
// move it to another file or line, one that may not exist, in code that
// is not the reviewer's own. A file with one is parsed again with each
// directive spoilt ("//Line"), its bytes otherwise the same. (The typed run
// honours them, as go vet does: cgo's output names the file it was made
// from through them.)

// withoutLineDirectives returns a copy of src, parsed as f, in which no
// comment is a line directive, and whether f had one.
func withoutLineDirectives(fset *token.FileSet, f *ast.File, src []byte) ([]byte, bool) {
	if f == nil {
		return nil, false
	}
	var out []byte
	for _, g := range f.Comments {
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, "//line ") || strings.HasPrefix(c.Text, "/*line ") {
				if out == nil {
					out = slices.Clone(src)
				}
				out[fset.File(f.FileStart).Offset(c.Slash)+2] = 'L'
			}
		}
	}
	return out, out != nil
}

// syntaxError words a parse error without the file name the problem
// already carries: line:col: message, and how many more errors.
func syntaxError(err error) string {
	el, ok := err.(scanner.ErrorList)
	if !ok || len(el) == 0 {
		return output.Reason(err.Error())
	}
	s := fmt.Sprintf("%d:%d: %s", el[0].Pos.Line, el[0].Pos.Column, el[0].Msg)
	if n := len(el) - 1; n > 0 {
		s += fmt.Sprintf(" (and %d more)", n)
	}
	return s
}
