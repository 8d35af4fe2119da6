package binary

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

// funcName is a function name of the pclntab, split.
type funcName struct {
	pkg string // import path: "github.com/aws/aws-sdk-go-v2/service/rekognition"
	// shown is the function as the program spells it, without the
	// package path, type arguments and closures: "(*Client).DetectFaces".
	shown string
	// keys are the catalog names to look up, most specific first:
	// "Client.DetectFaces", then "Client".
	keys []string
}

// parseFuncName splits a linker function name. It returns false for names
// that belong to no package function or method (type equality functions,
// the build ID).
func parseFuncName(name []byte) (funcName, bool) {
	s := string(name)
	if strings.HasPrefix(s, "type:") || strings.HasPrefix(s, "go:") || strings.HasPrefix(s, "go.") {
		return funcName{}, false
	}
	// Type arguments may contain package paths: the package path ends at
	// the first dot after the last slash before any '['.
	head := s
	if i := strings.IndexByte(head, '['); i >= 0 {
		head = head[:i]
	}
	slash := strings.LastIndexByte(head, '/')
	dot := strings.IndexByte(head[slash+1:], '.')
	if dot < 0 {
		return funcName{}, false
	}
	dot += slash + 1
	pkg, rest := unescapePath(s[:dot]), stripTypeArgs(s[dot+1:])
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "-fm"), "-tramp")
	// "(*T).M" or "T.M" or "F", perhaps followed by closure suffixes
	// (".func1", ".deferwrap1", ".gowrap2", ".1").
	var parts []string
	shown := rest
	if strings.HasPrefix(rest, "(*") {
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return funcName{}, false
		}
		parts = append([]string{rest[2:end]}, strings.Split(strings.TrimPrefix(rest[end+1:], "."), ".")...)
	} else {
		parts = strings.Split(rest, ".")
	}
	if len(parts) == 0 || parts[0] == "" || pkg == "" {
		return funcName{}, false
	}
	f := funcName{pkg: pkg}
	if len(parts) >= 2 && isIdent(parts[1]) {
		f.keys = append(f.keys, parts[0]+"."+parts[1])
		shown = parts[0] + "." + parts[1]
		if strings.HasPrefix(rest, "(*") {
			shown = "(*" + parts[0] + ")." + parts[1]
		}
	} else {
		shown = parts[0]
	}
	f.keys = append(f.keys, parts[0])
	f.shown = shown
	return f, true
}

// isIdent reports whether s is a Go identifier that is not a closure's
// name (func1, deferwrap1, gowrap1: compiler-made).
func isIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for _, p := range []string{"func", "deferwrap", "gowrap"} {
		if n, ok := strings.CutPrefix(s, p); ok {
			if _, err := strconv.Atoi(n); err == nil {
				return false
			}
		}
	}
	return true
}

// stripTypeArgs removes bracketed type arguments: "(*T[go.shape.int]).M"
// becomes "(*T).M".
func stripTypeArgs(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// unescapePath undoes the linker's escaping of package paths in symbol
// names: %xx for a dot in the last element, and for control and other
// special characters.
func unescapePath(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	var b bytes.Buffer
	for i := 0; i < len(p); i++ {
		if p[i] == '%' && i+2 < len(p) {
			if v, err := strconv.ParseUint(p[i+1:i+3], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 2
				continue
			}
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

// linked is what the function names of a program reveal.
type linked struct {
	// symbols are the catalogued symbols linked in, with the spelling
	// shown (the smallest, for determinism, when several functions match).
	symbols map[*catalog.Symbol]string
	// packages are the dedicated packages linked in.
	packages map[*catalog.Package]bool
	// reflectMethods: the program calls methods by name through reflect,
	// so the linker keeps every exported method of the types it keeps.
	reflectMethods bool
}

// matchFuncs matches function names against the catalog.
func matchFuncs(cat *catalog.Catalog, x *Executable) (*linked, error) {
	l := &linked{symbols: map[*catalog.Symbol]string{}, packages: map[*catalog.Package]bool{}}
	err := x.FuncNames(func(name []byte) {
		if bytes.HasPrefix(name, []byte("reflect.Value.Method")) {
			l.reflectMethods = true
		}
		f, ok := parseFuncName(name)
		if !ok {
			return
		}
		p := cat.Package(f.pkg)
		if p == nil {
			return
		}
		if p.Dedicated {
			l.packages[p] = true
		}
		for _, k := range f.keys {
			if s := cat.Symbol(f.pkg, k); s != nil {
				shown := p.PkgName() + "." + f.shown
				if k != f.keys[0] { // a type, through one of its methods
					shown = p.PkgName() + "." + k
				}
				if old, ok := l.symbols[s]; !ok || shown < old {
					l.symbols[s] = shown
				}
				break
			}
		}
	})
	return l, err
}
