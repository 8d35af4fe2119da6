// Package drift checks the catalog against the source of the modules it
// names: every catalogued package must exist at the pinned version of its
// module, and every catalogued symbol must be declared in it.
//
// The check reads syntax only (go/parser): several catalogued modules need C
// libraries to compile (OpenCV, dlib), and none is needed to parse them.
// Every .go file of a package directory is read, whatever its build
// constraints, except _test.go files.
package drift

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// Resolver returns the directory holding the source of module modPath at
// version, or an error saying why it is not available.
type Resolver func(modPath, version string) (dir string, err error)

// Problem is one catalogued package or symbol that the module source does
// not have.
type Problem struct {
	Entry   string // entry ID
	Package string // import path
	Symbol  string // empty for a package-level problem
	Msg     string
}

func (p Problem) String() string {
	if p.Symbol != "" {
		return fmt.Sprintf("%s: %s.%s: %s", p.Entry, p.Package, p.Symbol, p.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", p.Entry, p.Package, p.Msg)
}

// Check verifies every package and symbol of cat against the module source
// that resolve finds. Packages of entries without modules are not checked.
func Check(cat *catalog.Catalog, resolve Resolver) []Problem {
	var probs []Problem
	cache := map[string]*Decls{}
	for _, e := range cat.Entries {
		for _, p := range e.Packages {
			for _, pth := range append([]string{p.Path}, p.Aliases...) {
				m := e.Module(pth)
				if m == nil {
					continue
				}
				fail := func(sym, format string, args ...any) {
					probs = append(probs, Problem{e.ID, pth, sym, fmt.Sprintf(format, args...)})
				}
				modDir, err := resolve(m.Path, m.Version)
				if err != nil {
					fail("", "module %s@%s: %v", m.Path, m.Version, err)
					continue
				}
				dir := filepath.Join(modDir, filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(pth, m.Path), "/")))
				key := dir
				d, ok := cache[key]
				if !ok {
					d, err = ParseDir(dir)
					if err != nil {
						fail("", "package not found in %s@%s: %v", m.Path, m.Version, err)
						cache[key] = nil
						continue
					}
					cache[key] = d
				}
				if d == nil {
					continue
				}
				if got, want := d.Name, p.PkgName(); got != want {
					fail("", "package clause is %q, catalog says %q (set name:)", got, want)
				}
				for _, s := range p.Symbols {
					if msg := d.Lookup(s.Name); msg != "" {
						fail(s.Name, "%s in %s@%s", msg, m.Path, m.Version)
					}
				}
			}
		}
	}
	return probs
}

// Decls are the declarations of one package directory.
type Decls struct {
	Name     string                     // package clause (the most common one, ignoring "main" and "*_test")
	TopLevel map[string]bool            // funcs, types, consts, vars
	Members  map[string]map[string]bool // type name -> methods, struct fields, interface methods
	Embeds   map[string][]string        // type name -> embedded types declared in the same package
	Aliases  map[string]bool            // types declared as aliases (type T = x.T) or defined from another package's type
}

// ParseDir parses the non-test .go files of dir, whatever their build constraints.
func ParseDir(dir string) (*Decls, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	d := &Decls{TopLevel: map[string]bool{}, Members: map[string]map[string]bool{}, Embeds: map[string][]string{}, Aliases: map[string]bool{}}
	names := map[string]int{}
	fset := token.NewFileSet()
	n := 0
	for _, ent := range ents {
		fn := ent.Name()
		if ent.IsDir() || !strings.HasSuffix(fn, ".go") || strings.HasSuffix(fn, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, fn), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		n++
		names[f.Name.Name]++
		d.addFile(f)
	}
	if n == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	best := ""
	for name, c := range names {
		if name == "main" || strings.HasSuffix(name, "_test") {
			continue
		}
		if best == "" || c > names[best] || (c == names[best] && name < best) {
			best = name
		}
	}
	if best == "" {
		best = "main"
	}
	d.Name = best
	return d, nil
}

func (d *Decls) member(typ, name string) {
	m := d.Members[typ]
	if m == nil {
		m = map[string]bool{}
		d.Members[typ] = m
	}
	m[name] = true
}

func (d *Decls) addFile(f *ast.File) {
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			if decl.Recv == nil || len(decl.Recv.List) == 0 {
				d.TopLevel[decl.Name.Name] = true
				continue
			}
			if base := baseTypeName(decl.Recv.List[0].Type); base != "" {
				d.member(base, decl.Name.Name)
			}
		case *ast.GenDecl:
			for _, spec := range decl.Specs {
				switch spec := spec.(type) {
				case *ast.ValueSpec:
					for _, id := range spec.Names {
						d.TopLevel[id.Name] = true
					}
				case *ast.TypeSpec:
					name := spec.Name.Name
					d.TopLevel[name] = true
					if spec.Assign.IsValid() {
						d.Aliases[name] = true
					}
					d.addTypeMembers(name, spec.Type)
				}
			}
		}
	}
}

func (d *Decls) addTypeMembers(name string, typ ast.Expr) {
	switch t := typ.(type) {
	case *ast.StructType:
		for _, fld := range t.Fields.List {
			if len(fld.Names) == 0 { // embedded
				if en := baseTypeName(fld.Type); en != "" {
					d.member(name, en)
					if _, local := unparen(starless(fld.Type)).(*ast.Ident); local {
						d.Embeds[name] = append(d.Embeds[name], en)
					}
				}
				continue
			}
			for _, id := range fld.Names {
				d.member(name, id.Name)
			}
		}
	case *ast.InterfaceType:
		for _, m := range t.Methods.List {
			if len(m.Names) == 0 {
				if en := baseTypeName(m.Type); en != "" {
					if _, local := unparen(m.Type).(*ast.Ident); local {
						d.Embeds[name] = append(d.Embeds[name], en)
					}
				}
				continue
			}
			for _, id := range m.Names {
				d.member(name, id.Name)
			}
		}
	case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		// type T other.T: the members live elsewhere.
		if _, ok := t.(*ast.SelectorExpr); ok {
			d.Aliases[name] = true
		}
	}
}

func starless(e ast.Expr) ast.Expr {
	if s, ok := e.(*ast.StarExpr); ok {
		return s.X
	}
	return e
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// baseTypeName returns the name of the named type of a receiver or embedded
// field: T for T, *T, T[K], pkg.T.
func baseTypeName(e ast.Expr) string {
	switch t := unparen(e).(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return baseTypeName(t.X)
	case *ast.IndexExpr:
		return baseTypeName(t.X)
	case *ast.IndexListExpr:
		return baseTypeName(t.X)
	case *ast.SelectorExpr:
		return t.Sel.Name
	}
	return ""
}

// Lookup returns "" when the catalogued symbol ("Name" or "Type.Name") is
// declared, and otherwise says what is missing.
func (d *Decls) Lookup(sym string) string {
	typ, member, ok := strings.Cut(sym, ".")
	if !ok {
		if d.TopLevel[sym] {
			return ""
		}
		return "not declared (" + d.near(sym) + ")"
	}
	if !d.TopLevel[typ] {
		return "type " + typ + " not declared (" + d.near(typ) + ")"
	}
	if d.hasMember(typ, member, map[string]bool{}) {
		return ""
	}
	if d.Aliases[typ] && len(d.Members[typ]) == 0 {
		return "" // T = other.T: members are declared in the aliased package
	}
	return fmt.Sprintf("type %s has no method or field %s (%s)", typ, member, d.nearMember(typ, member))
}

func (d *Decls) hasMember(typ, member string, seen map[string]bool) bool {
	if seen[typ] {
		return false
	}
	seen[typ] = true
	if d.Members[typ][member] {
		return true
	}
	for _, e := range d.Embeds[typ] {
		if d.hasMember(e, member, seen) {
			return true
		}
	}
	return false
}

func (d *Decls) near(name string) string {
	return nearest(name, d.TopLevel)
}

func (d *Decls) nearMember(typ, name string) string {
	return nearest(name, d.Members[typ])
}

// nearest names the declared names closest to name, to make a misspelling obvious.
func nearest(name string, set map[string]bool) string {
	type cand struct {
		s string
		d int
	}
	var cs []cand
	lname := strings.ToLower(name)
	for s := range set {
		dist := levenshtein(lname, strings.ToLower(s))
		if dist <= len(name)/3+1 || strings.Contains(strings.ToLower(s), lname) {
			cs = append(cs, cand{s, dist})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].s < cs[j].s
	})
	if len(cs) == 0 {
		return "no similar name"
	}
	if len(cs) > 3 {
		cs = cs[:3]
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.s)
	}
	return "did you mean " + strings.Join(out, ", ") + "?"
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
