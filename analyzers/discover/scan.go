package discover

import (
	"go/ast"
	"go/token"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysisutil"
	"github.com/biometriclint/biometriclint/analyzers/internal/match"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
)

// Kind is a kind of evidence. Findings need two kinds, or a strong signal.
type Kind string

// The kinds of evidence.
const (
	Name     Kind = "name"     // an identifier that names a biometric operation
	Fields   Kind = "fields"   // struct fields that name one together
	URL      Kind = "url"      // a URL path or operation string that names one
	Host     Kind = "host"     // a host named after faces, or a base URL
	Package  Kind = "package"  // the package or an import named after faces
	Import   Kind = "import"   // an import path that names one
	Cgo      Kind = "cgo"      // a native library, header or C function
	Model    Kind = "model"    // a model file name
	Modality Kind = "modality" // the input is an image, a frame or audio
)

// A Signal is one piece of evidence.
type Signal struct {
	Kind   Kind
	Text   string // what it saw: face+verify, image input, api.findface.pro
	Strong bool
}

// Evidence is a possible finding: where, what the code spells, the
// category the evidence suggests and the signals that decided it.
type Evidence struct {
	Node     ast.Node
	Pos      token.Pos // where it starts, when Node is nil (a cgo directive)
	Subject  string
	Category catalog.Category
	Signals  []Signal
	Note     string // set by the caller for files the build excludes
	// Vendor evidence, for catalog drafts (biometriclint -discover).
	Host, ImportPath, Lib, ModelFile, Symbol string
}

// decided reports whether the signals agree enough: a strong one, or two
// kinds.
func decided(sigs []Signal) bool {
	kinds := map[Kind]bool{}
	for _, s := range sigs {
		if s.Strong {
			return true
		}
		kinds[s.Kind] = true
	}
	return len(kinds) >= 2
}

// sameModule reports whether two import paths look like packages of one
// repository (their first three elements agree): a repository's imports of
// its own packages are not evidence of a vendor.
func sameModule(a, b string) bool {
	ea, eb := strings.SplitN(a, "/", 4), strings.SplitN(b, "/", 4)
	if len(ea) < 3 || len(eb) < 3 {
		return false
	}
	return ea[0] == eb[0] && ea[1] == eb[1] && ea[2] == eb[2]
}

// Scanner finds possible biometric code the catalog does not cover in the
// files of one package.
type Scanner struct {
	// PkgPath is the import path of the package scanned.
	PkgPath string
	// media are the struct types of the package with media fields: a
	// parameter of one of them carries an image or audio.
	media map[string]bool
	cat   *catalog.Catalog
	ep    *endpoint.Matcher
	cg    *cgolib.Matcher
	found []Evidence
	hosts []hostSite
	joins map[string][]pair // name of a base URL -> operation paths joined to it
}

type hostSite struct {
	ev    Evidence
	bound string // the constant, variable or field it is stored in
	face  bool   // the host is named after faces
	ctx   []Signal
}

// NewScanner returns a scanner that skips what cat covers.
func NewScanner(cat *catalog.Catalog) *Scanner {
	return newScanner(cat, endpoint.NewMatcher(cat), cgolib.NewMatcher(cat))
}

// newScanner returns a scanner that skips what cat covers, given cat's
// matchers (built once per run, see config.Shared).
func newScanner(cat *catalog.Catalog, ep *endpoint.Matcher, cg *cgolib.Matcher) *Scanner {
	return &Scanner{cat: cat, ep: ep, cg: cg, joins: map[string][]pair{}, media: map[string]bool{}}
}

// Prepare notes the struct types of the package's files that carry media,
// before File is called on them.
func (s *Scanner) Prepare(files []*ast.File) {
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if st, ok := ts.Type.(*ast.StructType); ok {
					if media, _ := fieldsMedia(st.Fields, nil); media {
						s.media[ts.Name.Name] = true
					}
				}
			}
		}
	}
}

// fileScan is the state of the scan of one file.
type fileScan struct {
	*Scanner
	fo      *strconst.Folder
	f       *ast.File
	note    string
	cgo     bool              // the file imports "C": only then is C.F a C function
	imports map[string]string // local name -> path
	// sdkNames are the method and function names of the catalogued SDKs the
	// file imports: x.DetectFaces on a catalogued client is sdksymbol's
	sdkNames map[string]bool
	ctx      []string // words of a package named after faces
	pkgSig   []Signal // the package or an import named after faces
	funcs    map[*ast.FuncDecl]funcInfo
	cgoUse   []Signal            // C functions that name an operation
	fdecls   []*ast.FuncDecl     // in source order, for enclosing
	bound    map[ast.Expr]string // strings stored in a constant, variable or field
	// bodyMedia says, for the functions whose body was read for media
	// (bodyMedia), whether it handles some: a walk of the body, done
	// only when a finding or an operation's category depends on it.
	bodyMedia map[*ast.FuncDecl]bool
	evs       []Evidence
}

type funcInfo struct {
	op     pair
	hasOp  bool
	params bool // a parameter is a medium
	text   bool
}

// File scans one file; strs are its folded strings (strconst.Folder.Strings).
func (s *Scanner) File(fo *strconst.Folder, f *ast.File, strs []strconst.String, note string) {
	fs := &fileScan{Scanner: s, fo: fo, f: f, note: note, cgo: match.ImportsC(f), imports: map[string]string{}, sdkNames: map[string]bool{}, funcs: map[*ast.FuncDecl]funcInfo{}}
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		if cp := s.cat.Package(p); cp != nil && cp.Dedicated {
			return // sdkimport reports the file's use of a catalogued package
		}
		if cp := s.cat.Package(p); cp != nil {
			for _, sym := range cp.Symbols {
				fs.sdkNames[sym.Name[strings.LastIndex(sym.Name, ".")+1:]] = true
			}
		}
		name := path.Base(p)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		fs.imports[name] = p
	}
	if ws := words(f.Name.Name); faceToken(ws) {
		fs.ctx = ws
		fs.pkgSig = append(fs.pkgSig, Signal{Kind: Package, Text: f.Name.Name})
	}
	fs.importSpecs()
	fs.cgoCalls()
	fs.decls()
	fs.calls()
	fs.strings(strs)
	fs.preamble()
	for i := range fs.evs {
		fs.evs[i].Note = note
	}
	s.found = append(s.found, fs.evs...)
}

// Finish resolves the base URLs of the package and returns its evidence,
// in source order, one per line at most.
func (s *Scanner) Finish(fset *token.FileSet) []Evidence {
	for _, h := range s.hosts {
		ev := h.ev
		if ops := s.joins[h.bound]; len(ops) > 0 {
			best := ops[0]
			for _, p := range ops[1:] {
				if p.Category.Rank() < best.Category.Rank() {
					best = p
				}
			}
			ev.Category = best.Category
			ev.Signals = append(ev.Signals, Signal{Kind: URL, Text: "joined with " + best.Words + " paths"},
				Signal{Kind: Host, Text: "base URL " + ev.Host + " in " + h.bound})
		}
		if h.face {
			ev.Signals = append(ev.Signals, h.ctx...)
		}
		if decided(ev.Signals) {
			s.found = append(s.found, ev)
		}
	}
	s.hosts = nil
	ev := s.found
	// By file name, then offset: the first of a subject's evidence is the
	// finding, the others its repeats (groupBySubject).
	slices.SortStableFunc(ev, func(a, b Evidence) int { return analysisutil.ComparePos(fset, a.pos(), b.pos()) })
	var out []Evidence
	seen := map[string]bool{}
	for _, e := range ev {
		p := fset.Position(e.pos())
		key := p.Filename + ":" + strconv.Itoa(p.Line)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, e)
	}
	s.found = nil
	s.joins = map[string][]pair{}
	return out
}

func (ev Evidence) pos() token.Pos {
	if ev.Node != nil {
		return ev.Node.Pos()
	}
	return ev.Pos
}

func (fs *fileScan) add(ev Evidence) {
	if decided(ev.Signals) {
		fs.evs = append(fs.evs, ev)
	}
}

// importSpecs reports imports whose path names a biometric operation or
// model family, and notes those named after faces.
func (fs *fileScan) importSpecs() {
	for _, imp := range fs.f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		if fs.cat.Package(p) != nil || p == "C" || sameModule(p, fs.PkgPath) {
			continue
		}
		ws := words(p)
		if op, ok := operation(ws, false); ok {
			fs.add(Evidence{Node: imp, Subject: "import " + imp.Path.Value, Category: op.Category, ImportPath: p,
				Signals: []Signal{{Kind: Import, Text: p}, {Kind: Name, Text: op.Words, Strong: true}}})
			fs.pkgSig = append(fs.pkgSig, Signal{Kind: Package, Text: "imports " + p})
		} else if faceToken(ws) {
			fs.pkgSig = append(fs.pkgSig, Signal{Kind: Package, Text: "imports " + p})
		}
	}
}

// eachSelectorCall calls fn with each call of a selector (x.F(...)) in f;
// fn's result is ignored but lets it return early.
func eachSelectorCall(f *ast.File, fn func(call *ast.CallExpr, sel *ast.SelectorExpr) bool) {
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				fn(call, sel)
			}
		}
		return true
	})
}

// cgoCalls collects the C functions the file calls whose names name an
// operation (ASFDetectFaces, CimcapFaceFeatureCompare).
func (fs *fileScan) cgoCalls() {
	if !fs.cgo {
		return // C.F is no C function without cgo
	}
	eachSelectorCall(fs.f, func(call *ast.CallExpr, sel *ast.SelectorExpr) bool {
		if x, ok := sel.X.(*ast.Ident); ok && x.Name == "C" && mayOperate(sel.Sel.Name) {
			if op, ok := operation(words(sel.Sel.Name), false); ok {
				fs.cgoUse = append(fs.cgoUse, Signal{Kind: Cgo, Text: "C." + sel.Sel.Name})
				fs.add(Evidence{Node: call, Subject: "C." + sel.Sel.Name, Category: op.Category, Symbol: "C." + sel.Sel.Name,
					Signals: []Signal{{Kind: Name, Text: op.Words, Strong: op.Strong}, {Kind: Cgo, Text: "a C function"}}})
			}
		}
		return true
	})
}

// decls checks the names of functions, methods, types and constants.
func (fs *fileScan) decls() {
	for _, d := range fs.f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			fs.funcDecl(d)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					fs.typeSpec(spec)
				case *ast.ValueSpec:
					fs.valueSpec(spec)
				}
			}
		}
	}
}

func recvName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name
		}
		return ""
	}
}

// callsC reports whether a function body calls C.
func callsC(body *ast.BlockStmt) bool {
	found := false
	if body == nil {
		return false
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "C" {
				found = true
			}
		}
		return !found
	})
	return found
}

func (fs *fileScan) funcDecl(fd *ast.FuncDecl) {
	recv := recvName(fd)
	params, text := fieldsMedia(fd.Type.Params, fs.media)
	info := funcInfo{params: params, text: text}
	if len(fs.ctx) > 0 || mayOperate(recv) || mayOperate(fd.Name.Name) {
		ws := append(words(recv, fd.Name.Name), fs.ctx...)
		own := words(fd.Name.Name)
		decide := func(media bool) (pair, bool) {
			op, ok := operation(ws, media && !text)
			if o, _ := operation(own, media && !text); !o.Strong {
				op.Strong = false // a model family in the receiver or package does not make every method strong
			}
			return op, ok
		}
		info.op, info.hasOp = decide(params)
		if !params && !text {
			// Media in the body count as a medium parameter does: the
			// body is read when that would change the operation, and not
			// otherwise.
			if op, ok := decide(true); (op != info.op || ok != info.hasOp) && fs.mediaIn(fd, info) {
				info.op, info.hasOp = op, ok
			}
		}
	}
	fs.funcs[fd] = info
	op, ok := info.op, info.hasOp
	if !ok {
		if fs.cgo && fs.mediaIn(fd, info) && callsC(fd.Body) {
			fs.cgoUse = append(fs.cgoUse, Signal{Kind: Modality, Text: "passes media to C"})
		}
		return
	}
	if fs.covered(fd.Body) {
		return // the endpoint or sdksymbol analyzer reports what it calls
	}
	subject := fd.Name.Name
	if recv != "" {
		subject = recv + "." + subject
	}
	sigs := []Signal{{Kind: Name, Text: op.Words, Strong: op.Strong}}
	if !text && fs.mediaIn(fd, info) {
		sigs = append(sigs, Signal{Kind: Modality, Text: "media input"})
	}
	if fs.cgo && callsC(fd.Body) {
		sigs = append(sigs, Signal{Kind: Cgo, Text: "calls C"})
	}
	sigs = append(sigs, fs.bodyURLs(fd.Body)...)
	fs.add(Evidence{Node: fd.Name, Subject: "func " + subject, Category: op.Category, Symbol: subject, Signals: sigs})
}

// mediaIn reports whether fd, of info, takes or handles media: a
// parameter that is one, or a body that reads, decodes or sends some
// (bodyMedia, read once).
func (fs *fileScan) mediaIn(fd *ast.FuncDecl, info funcInfo) bool {
	if info.params {
		return true
	}
	m, ok := fs.bodyMedia[fd]
	if !ok {
		m = bodyMedia(fd.Body)
		if fs.bodyMedia == nil {
			fs.bodyMedia = map[*ast.FuncDecl]bool{}
		}
		fs.bodyMedia[fd] = m
	}
	return m
}

// covered reports whether a body calls a catalogued endpoint or a
// catalogued symbol of an SDK.
func (fs *fileScan) covered(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	found := false
	fs.fo.Outermost(fs.f, body, func(e ast.Expr, text string) bool {
		if fs.ep.Names(text) {
			found = true
		}
		return found
	})
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && !found {
			if x, ok := sel.X.(*ast.Ident); ok {
				if p, ok := fs.imports[x.Name]; ok && fs.cat.Symbol(p, sel.Sel.Name) != nil {
					found = true
				}
			}
			if fs.sdkNames[sel.Sel.Name] {
				found = true
			}
		}
		return !found
	})
	return found
}

// bodyURLs returns a signal for the first URL or operation string of a body
// that names an operation.
func (fs *fileScan) bodyURLs(body *ast.BlockStmt) []Signal {
	if body == nil {
		return nil
	}
	var out []Signal
	fs.fo.Outermost(fs.f, body, func(e ast.Expr, text string) bool {
		if out != nil {
			return true
		}
		if u, ok := parseURL(text); ok {
			if op, ok := operation(u.words, false); ok && !fs.ep.Names(text) {
				out = []Signal{{Kind: URL, Text: op.Words + " in " + strconv.Quote(short(strconst.Show(text)))}}
			}
		}
		return false
	})
	return out
}

func fieldNames(fl *ast.FieldList) []string {
	var names []string
	if fl == nil {
		return nil
	}
	for _, f := range fl.List {
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
		if len(f.Names) == 0 {
			names = append(names, typeText(f.Type))
		}
	}
	return names
}

// fieldTypeVetoes returns the words of fl's field types that make a face
// something else (vetoFace).
func fieldTypeVetoes(fl *ast.FieldList) []string {
	if fl == nil {
		return nil
	}
	var vetoes []string
	for _, f := range fl.List {
		for _, w := range words(typeText(f.Type)) {
			if vetoFace[w] {
				vetoes = append(vetoes, w)
			}
		}
	}
	return vetoes
}

func (fs *fileScan) typeSpec(ts *ast.TypeSpec) {
	ws := append(words(ts.Name.Name), fs.ctx...)
	switch t := ts.Type.(type) {
	case *ast.StructType:
		media, _ := fieldsMedia(t.Fields, nil)
		var fws []string
		for _, n := range fieldNames(t.Fields) {
			fws = append(fws, words(n)...)
		}
		// Fields typed as fonts or glyphs make the struct's face a font's
		// (a text shaper's Face with []FontFeature): their names alone
		// (features) would pair with the face.
		fws = append(fws, fieldTypeVetoes(t.Fields)...)
		var sigs []Signal
		op, ok := operation(ws, media)
		if own, _ := operation(words(ts.Name.Name), media); !own.Strong {
			op.Strong = false
		}
		if ok {
			sigs = append(sigs, Signal{Kind: Name, Text: op.Words, Strong: op.Strong})
		} else if faceToken(words(ts.Name.Name)) {
			sigs = append(sigs, Signal{Kind: Name, Text: "type named after faces"})
		}
		if faceToken(ws) {
			fws = append(fws, "face")
		}
		fop, fok := operation(fws, media)
		if fok && fop.Words == "age+gender" && !faceToken(ws) {
			fok = false // a product's age group and gender: fields need a face
		}
		if fok && (!ok || fop.Words != op.Words) {
			sigs = append(sigs, Signal{Kind: Fields, Text: fop.Words})
			if !ok || fop.Category.Rank() < op.Category.Rank() {
				op, ok = fop, true
			}
		}
		if !ok {
			return
		}
		if media {
			sigs = append(sigs, Signal{Kind: Modality, Text: "media fields"})
		}
		fs.add(Evidence{Node: ts.Name, Subject: "type " + ts.Name.Name, Category: op.Category, Symbol: ts.Name.Name, Signals: sigs})
	case *ast.InterfaceType:
		for _, m := range t.Methods.List {
			ft, isFunc := m.Type.(*ast.FuncType)
			if !isFunc || len(m.Names) == 0 {
				continue
			}
			media, text := fieldsMedia(ft.Params, fs.media)
			op, ok := operation(append(words(ts.Name.Name, m.Names[0].Name), fs.ctx...), media && !text)
			if !ok {
				continue
			}
			sigs := []Signal{{Kind: Name, Text: op.Words, Strong: op.Strong}}
			if media && !text {
				sigs = append(sigs, Signal{Kind: Modality, Text: "media input"})
			}
			fs.add(Evidence{Node: m.Names[0], Subject: ts.Name.Name + "." + m.Names[0].Name, Category: op.Category, Symbol: ts.Name.Name + "." + m.Names[0].Name, Signals: sigs})
		}
	default:
		op, ok := operation(words(ts.Name.Name), false)
		if ok && op.Strong {
			fs.add(Evidence{Node: ts.Name, Subject: "type " + ts.Name.Name, Category: op.Category, Symbol: ts.Name.Name, Signals: []Signal{{Kind: Name, Text: op.Words, Strong: true}}})
		}
	}
}

// valueSpec checks constants and variables whose name and value agree
// (ReportNameFacialSimilarityPhoto = "facial_similarity_photo").
func (fs *fileScan) valueSpec(vs *ast.ValueSpec) {
	for i, n := range vs.Names {
		if len(fs.ctx) == 0 && !mayOperate(n.Name) {
			continue
		}
		op, ok := operation(append(words(n.Name), fs.ctx...), false)
		if !ok {
			continue
		}
		sigs := []Signal{{Kind: Name, Text: op.Words, Strong: op.Strong}}
		if i < len(vs.Values) {
			if text, ok := fs.fo.Fold(fs.f, vs.Values[i]); ok {
				if u, ok := parseURL(text); ok {
					if vop, ok := operation(u.words, false); ok {
						sigs = append(sigs, Signal{Kind: URL, Text: vop.Words + " in " + strconv.Quote(short(strconst.Show(text)))})
					}
				}
			}
		}
		fs.add(Evidence{Node: n, Subject: n.Name, Category: op.Category, Symbol: n.Name, Signals: sigs})
	}
}

// enclosing returns the function declaration around pos.
func (fs *fileScan) enclosing(pos token.Pos) (*ast.FuncDecl, funcInfo) {
	if fs.fdecls == nil {
		for _, d := range fs.f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				fs.fdecls = append(fs.fdecls, fd)
			}
		}
	}
	i := sort.Search(len(fs.fdecls), func(i int) bool { return fs.fdecls[i].End() > pos })
	if i < len(fs.fdecls) && fs.fdecls[i].Pos() <= pos {
		fd := fs.fdecls[i]
		return fd, fs.funcs[fd]
	}
	return nil, funcInfo{}
}

// calls checks calls of methods and functions of other packages whose
// names name an operation: the use of a vendor's client.
func (fs *fileScan) calls() {
	eachSelectorCall(fs.f, func(call *ast.CallExpr, sel *ast.SelectorExpr) bool {
		x, isIdent := sel.X.(*ast.Ident)
		if isIdent && x.Name == "C" {
			return true
		}
		if isIdent {
			if p, ok := fs.imports[x.Name]; ok && fs.cat.Package(p) != nil {
				return true // a catalogued SDK: sdksymbol decides
			}
		}
		if fs.sdkNames[sel.Sel.Name] {
			return true // a method of a catalogued SDK's client
		}
		if !mayOperate(sel.Sel.Name) {
			return true
		}
		media := argsMedia(call.Args)
		fd, info := fs.enclosing(call.Pos())
		if fd != nil && fd.Name.Name == sel.Sel.Name {
			return true // a wrapper's call of what it wraps: the declaration is reported
		}
		op, ok := operation(words(sel.Sel.Name), media)
		if !ok {
			return true
		}
		sigs := []Signal{{Kind: Name, Text: op.Words, Strong: op.Strong}}
		if media || fd != nil && !info.text && fs.mediaIn(fd, info) {
			sigs = append(sigs, Signal{Kind: Modality, Text: "media input"})
		}
		sigs = append(sigs, fs.pkgSig...)
		fs.add(Evidence{Node: call, Subject: render(sel), Category: op.Category, Symbol: sel.Sel.Name, Signals: sigs})
		return true
	})
}

func render(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return render(e.X) + "." + e.Sel.Name
	case *ast.CallExpr:
		return render(e.Fun) + "(…)"
	}
	return "…"
}

func short(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}
