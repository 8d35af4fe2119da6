package discover

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// urlParts is a string read as a URL, a path or an operation name.
type urlParts struct {
	host  string
	path  string
	words []string // of the path and query: the operation
}

// parseURL reads folded text as an address ("https://host/path",
// "%s/face/verify", "face/gallery/…/identify") or an operation name
// ("facecompare"). Prose (spaces) and long text are not addresses.
func parseURL(text string) (urlParts, bool) {
	if !mayBeURL(text) {
		return urlParts{}, false
	}
	var u urlParts
	rest := text
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
		host, p, _ := strings.Cut(rest, "/")
		if j := strings.IndexAny(host, ":?"); j >= 0 {
			host = host[:j]
		}
		u.host = strings.ToLower(host)
		rest = p
	}
	rest = strings.ReplaceAll(rest, strconst.Unknown, "/")
	u.path = rest
	u.words = words(rest)
	if u.host == "" && !strings.Contains(rest, "/") && len(u.words) > 4 {
		return urlParts{}, false // an identifier-like string, not an operation
	}
	return u, u.host != "" || u.path != ""
}

// mayBeURL reports whether parseURL can read text: prose (spaces) and
// long text are not addresses.
func mayBeURL(text string) bool {
	return len(text) <= maxURL && !strings.ContainsAny(text, " \t\n\"'<>{}")
}

// maxURL is the longest text parseURL reads.
const maxURL = 300

// modelExts are the extensions of model files.
var modelExts = set(".pb", ".onnx", ".tflite", ".caffemodel", ".prototxt", ".dat", ".param",
	".mnn", ".tnn", ".engine", ".h5", ".pt", ".pth", ".t7", ".pkl", ".xml", ".bin", ".rknn", ".om", ".mlmodel")

// strings checks the file's string expressions: URLs, hosts and paths,
// operation names and model files.
func (fs *fileScan) strings(strs []strconst.String) {
	strconst.EachOutermost(strs, func(e ast.Expr, text string) bool {
		if fs.ep.Names(text) {
			return true // the endpoint analyzer's
		}
		u, ok := parseURL(text)
		if !ok {
			return false
		}
		fs.joined(e, u)
		if fs.model(e, text) {
			return true
		}
		var sigs []Signal
		op, hasOp := operation(u.words, false)
		hws := words(strings.ReplaceAll(u.host, ".", " "))
		hostFace := u.host != "" && faceToken(hws)
		if hasOp {
			sigs = append(sigs, Signal{Kind: URL, Text: op.Words})
		}
		if hostFace {
			sigs = append(sigs, Signal{Kind: Host, Text: u.host})
		}
		if hasOp && hostFace {
			sigs[0].Strong = true
		}
		if u.host != "" && !hasOp && (u.path == "" || len(u.words) <= 2) {
			if name := fs.boundName(e); name != "" {
				ev := Evidence{Node: e, Subject: strconv.Quote(short(strconst.Show(text))), Category: recognition, Host: u.host, Note: fs.note}
				if hostFace {
					ev.Signals = append(ev.Signals, Signal{Kind: Host, Text: u.host})
				}
				fs.hosts = append(fs.hosts, hostSite{ev: ev, bound: name, face: hostFace, ctx: fs.pkgSig})
				return true
			}
		}
		if !hasOp {
			if hostFace && len(fs.pkgSig) > 0 {
				fs.add(Evidence{Node: e, Subject: strconv.Quote(short(strconst.Show(text))), Category: recognition, Host: u.host,
					Signals: append([]Signal{{Kind: Host, Text: u.host}}, fs.pkgSig...)})
				return true
			}
			return false
		}
		if fd, info := fs.enclosing(e.Pos()); fd != nil {
			if info.hasOp {
				sigs = append(sigs, Signal{Kind: Name, Text: "in a function named " + info.op.Words})
			}
			if !info.text && fs.mediaIn(fd, info) {
				sigs = append(sigs, Signal{Kind: Modality, Text: "media input"})
			}
		}
		sigs = append(sigs, fs.pkgSig...)
		fs.add(Evidence{Node: e, Subject: strconv.Quote(short(strconst.Show(text))), Category: op.Category, Host: u.host, Signals: sigs})
		return true
	})
}

// model checks a model file name.
func (fs *fileScan) model(e ast.Expr, text string) bool {
	base := text
	if i := strings.LastIndexAny(base, "/\\"); i >= 0 {
		base = base[i+1:]
	}
	dot := strings.LastIndex(base, ".")
	if dot <= 0 || !modelExts[strings.ToLower(base[dot:])] || fs.cat.Model(text) != nil {
		return false
	}
	ws := words(base[:dot])
	op, ok := operation(ws, false)
	if !ok && !faceToken(ws) {
		return false
	}
	sigs := []Signal{{Kind: Model, Text: "model file " + base, Strong: ok && op.Strong}}
	if ok {
		sigs = append(sigs, Signal{Kind: Name, Text: op.Words})
	} else {
		op = pair{Category: recognition}
	}
	fs.add(Evidence{Node: e, Subject: strconv.Quote(short(text)), Category: op.Category, ModelFile: base, Signals: sigs})
	return true
}

// joined records an operation path joined to a named base URL:
// c.BaseURL + "/verification/face", fmt.Sprintf("%s/faces/detect", c.BaseURL).
func (fs *fileScan) joined(e ast.Expr, u urlParts) {
	op, ok := operation(u.words, false)
	if !ok {
		return
	}
	var bases []ast.Expr
	switch x := e.(type) {
	case *ast.BinaryExpr:
		for x.Op == token.ADD {
			if l, ok := x.X.(*ast.BinaryExpr); ok {
				bases = append(bases, x.Y)
				x = l
				continue
			}
			bases = append(bases, x.X, x.Y)
			break
		}
	case *ast.CallExpr:
		bases = x.Args
	}
	for _, b := range bases {
		if n := lastName(b); n != "" {
			fs.joins[n] = append(fs.joins[n], op)
		}
	}
}

func lastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}

// boundName returns the name a string is stored under: the constant or
// variable it initialises, the struct field a literal sets, or what an
// assignment sets.
func (fs *fileScan) boundName(e ast.Expr) string {
	if fs.bound == nil {
		fs.bound = map[ast.Expr]string{}
		ast.Inspect(fs.f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, v := range n.Values {
					if i < len(n.Names) {
						fs.bound[v] = n.Names[i].Name
					}
				}
			case *ast.KeyValueExpr:
				fs.bound[n.Value] = lastName(n.Key)
			case *ast.AssignStmt:
				for i, v := range n.Rhs {
					if i < len(n.Lhs) {
						fs.bound[v] = lastName(n.Lhs[i])
					}
				}
			}
			return true
		})
	}
	return fs.bound[e]
}

// preamble checks the cgo preamble: headers and libraries named after
// faces, with C functions that name an operation or media passed to C.
func (fs *fileScan) preamble() {
	text, pos, ok := cgolib.Preamble(fs.f)
	if !ok || text == "" {
		return
	}
	for _, d := range cgolib.Directives(text, true) {
		if _, known := fs.cg.MatchNative(d); known {
			continue
		}
		ws := words(d.Name)
		op, hasOp := operation(ws, false)
		if !hasOp && !faceToken(ws) {
			continue
		}
		sigs := []Signal{{Kind: Cgo, Text: "native library " + d.Name, Strong: hasOp && op.Strong}}
		if hasOp {
			sigs = append(sigs, Signal{Kind: Name, Text: op.Words})
		} else {
			op = pair{Category: recognition}
		}
		if len(fs.cgoUse) > 0 {
			u := fs.cgoUse[0]
			if u.Kind == Cgo {
				u.Kind = Name
			}
			sigs = append(sigs, u)
		}
		fs.add(Evidence{Pos: pos + token.Pos(d.Offset), Subject: d.Text, Category: op.Category, Lib: d.Name, Signals: sigs})
	}
}
