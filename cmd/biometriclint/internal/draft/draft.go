// Package draft writes catalog entry drafts (YAML in the schema of
// analyzers/catalog/data) for the vendors and packages that the discover
// analyzer found, with the evidence as comments, for a maintainer to
// review, complete and promote into the catalog.
package draft

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/mod/module"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/discover"
)

// entry gathers the evidence of one package.
type entry struct {
	pkg       string
	symbols   map[string]discover.Found
	hosts     map[string][]discover.Found
	imports   map[string]discover.Found
	libs      map[string]discover.Found
	models    map[string]discover.Found
	elsewhere []discover.Found // evidence that names no symbol, host, library or model
}

// Write writes one draft entry per package with evidence, in package
// order; results are the discover analyzer's. It writes nothing but a
// comment when there is no evidence.
func Write(w io.Writer, dir string, results []*discover.Result) error {
	entries := map[string]*entry{}
	for _, r := range results {
		if r == nil || len(r.Found) == 0 {
			continue
		}
		e := entries[r.Package]
		if e == nil {
			e = &entry{pkg: r.Package, symbols: map[string]discover.Found{}, hosts: map[string][]discover.Found{},
				imports: map[string]discover.Found{}, libs: map[string]discover.Found{}, models: map[string]discover.Found{}}
			entries[r.Package] = e
		}
		for _, f := range r.Found {
			switch {
			case f.Host != "":
				e.hosts[f.Host] = append(e.hosts[f.Host], f)
			case f.ImportPath != "":
				first(e.imports, f.ImportPath, f)
			case f.Lib != "":
				first(e.libs, f.Lib, f)
			case f.ModelFile != "":
				first(e.models, f.ModelFile, f)
			case f.Symbol != "" && !strings.HasPrefix(f.Symbol, "C.") && f.Node != nil && isDecl(f):
				first(e.symbols, f.Symbol, f)
			default:
				e.elsewhere = append(e.elsewhere, f)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Catalog entry drafts from biometriclint discover %s.\n", dir)
	b.WriteString("# Every line is a guess from names and strings: review it against the vendor's\n")
	b.WriteString("# documentation and code, fill in vendor, product, docs and what, add the module\n")
	b.WriteString("# with the version you checked, then move the entry to analyzers/catalog/data/\n")
	b.WriteString("# and follow CONTRIBUTING.md (drift test, realsdk test, go generate).\n")
	if len(entries) == 0 {
		b.WriteString("# No possible finding: nothing to draft.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("vendor: \"TODO: vendor\"\nentries:\n")
	pkgs := make([]string, 0, len(entries))
	for p := range entries {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		writeEntry(&b, entries[p])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func first(m map[string]discover.Found, k string, f discover.Found) {
	if _, ok := m[k]; !ok {
		m[k] = f
	}
}

// isDecl reports whether f is a declaration of the package (a function,
// method, type, constant or variable), not a call of another package.
func isDecl(f discover.Found) bool {
	return !strings.Contains(f.Subject, "(") && !strings.Contains(f.Subject, "…") &&
		(strings.HasPrefix(f.Subject, "func ") || strings.HasPrefix(f.Subject, "type ") || !strings.Contains(f.Subject, "."))
}

func comment(b *strings.Builder, indent string, f discover.Found) {
	fmt.Fprintf(b, "%s# %s:%d: %s: %s\n", indent, path.Base(f.Position.Filename), f.Position.Line, f.Subject, discover.Describe(f.Signals))
}

func what(f discover.Found) string {
	info, _ := f.Category.Info()
	return strconv.Quote("TODO: check; discovered as " + strings.ToLower(info.Title))
}

var slug = strings.NewReplacer("/", "-", ".", "-", "_", "-")

func writeEntry(b *strings.Builder, e *entry) {
	if module.CheckImportPath(e.pkg) != nil {
		// a directory outside any module: the catalog needs an import path
		e.pkg = "todo.example/" + strings.Trim(slug.Replace(e.pkg), "-")
		if e.pkg == "todo.example/" {
			e.pkg += "root"
		}
	}
	id := "draft-" + strings.Trim(strings.ToLower(slug.Replace(e.pkg)), "-")
	fmt.Fprintf(b, "  - id: %s\n", id)
	b.WriteString("    product: \"TODO: product\"\n")
	// The reviewer names the documentation and the file the names were read
	// from: the catalog requires a source of every entry without modules.
	b.WriteString("    docs: https://TODO.example/docs\n")
	b.WriteString("    source: https://TODO.example/source\n")
	if len(e.symbols) > 0 || len(e.imports) > 0 {
		b.WriteString("    packages:\n")
		if len(e.symbols) > 0 {
			fmt.Fprintf(b, "      - path: %s\n        symbols:\n", e.pkg)
			for _, k := range sortedKeys(e.symbols) {
				f := e.symbols[k]
				comment(b, "          ", f)
				fmt.Fprintf(b, "          - {symbol: %s, category: %s, what: %s}\n", symbolName(f), f.Category, what(f))
			}
		}
		for _, k := range sortedKeys(e.imports) {
			f := e.imports[k]
			comment(b, "      ", f)
			fmt.Fprintf(b, "      - {path: %s, dedicated: true, category: %s, what: %s}\n", k, f.Category, what(f))
		}
	}
	if len(e.hosts) > 0 {
		b.WriteString("    endpoints:\n")
		hosts := make([]string, 0, len(e.hosts))
		for h := range e.hosts {
			hosts = append(hosts, h)
		}
		sort.Strings(hosts)
		for _, h := range hosts {
			fs := e.hosts[h]
			for _, f := range fs {
				comment(b, "      ", f)
			}
			best := fs[0]
			for _, f := range fs[1:] {
				if rank(f.Category) < rank(best.Category) {
					best = f
				}
			}
			fmt.Fprintf(b, "      - {host: %s, dedicated: true, category: %s, what: %s}\n", h, best.Category, what(best))
		}
	}
	if len(e.libs) > 0 {
		b.WriteString("    native:\n")
		for _, k := range sortedKeys(e.libs) {
			f := e.libs[k]
			comment(b, "      ", f)
			kind := "lib"
			if strings.HasPrefix(f.Subject, "#include") {
				kind = "header"
			}
			fmt.Fprintf(b, "      - {%s: %s, category: %s, what: %s}\n", kind, strconv.Quote(k), f.Category, what(f))
		}
	}
	if len(e.models) > 0 {
		b.WriteString("    models:\n")
		for _, k := range sortedKeys(e.models) {
			f := e.models[k]
			comment(b, "      ", f)
			fmt.Fprintf(b, "      - {name: %s, category: %s, what: %s}\n", strconv.Quote(k), f.Category, what(f))
		}
	}
	for _, f := range e.elsewhere {
		fmt.Fprintf(b, "    # also used: %s:%d: %s: %s\n", path.Base(f.Position.Filename), f.Position.Line, f.Subject, discover.Describe(f.Signals))
	}
	if len(e.symbols)+len(e.imports)+len(e.hosts)+len(e.libs)+len(e.models) == 0 {
		// nothing to catalogue but uses: keep the entry loadable
		fmt.Fprintf(b, "    # only uses of an unknown API were found; catalogue the package they call\n    packages:\n      - path: %s\n        symbols:\n          - {symbol: TODO, category: face-detection, what: \"TODO\"}\n", e.pkg)
	}
}

// symbolName is the catalog's spelling of a declaration: Name or Type.Name.
func symbolName(f discover.Found) string { return f.Symbol }

func sortedKeys(m map[string]discover.Found) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func rank(c catalog.Category) int {
	for i, info := range catalog.Categories {
		if info.Category == c {
			return i
		}
	}
	return len(catalog.Categories)
}
