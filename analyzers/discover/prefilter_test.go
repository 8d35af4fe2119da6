package discover

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/cgolib"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/analyzers/internal/strconst"
	"github.com/biometriclint/biometriclint/internal/goenv"
)

func TestMayHaveEvidence(t *testing.T) {
	for _, tc := range []struct {
		src  string
		strs []string
		want bool
	}{
		{"package p\nfunc Parse(s string) int { return len(s) }\n", nil, false},
		{"package p\nfunc CompareFaces(img []byte) {}\n", nil, true},
		{"package p\nconst u = \"/SPEAKER/verify\"\n", nil, true},
		// The base URL comes from another file: the folded string says it.
		{"package p\nfunc call() { post(base + \"/verify\") }\n", []string{"https://faceapi.example/verify"}, true},
		{"", nil, true}, // an unreadable file is scanned
		// An expression needs a medium beside it.
		{"package p\n// Eval evaluates an expression.\nfunc Eval(e Expr) {}\n", nil, false},
		{"package p\nfunc DetectExpressions(img []byte) {}\n", nil, true},
		{"package p\nfunc Expressions(u string) {}\n", []string{"https://x.example/v1/video"}, false}, // read apart
		{"package p\nfunc call() { post(base + \"/x\") }\n", []string{"https://x.example/v1/expressions/video"}, true},
	} {
		var strs []strconst.String
		for _, s := range tc.strs {
			strs = append(strs, strconst.String{Text: s})
		}
		var src []byte
		if tc.src != "" {
			src = []byte(tc.src)
		}
		if got := mayHaveEvidence(src, nil, noDecls, strs); got != tc.want {
			t.Errorf("mayHaveEvidence(%q, %q) = %v, want %v", tc.src, tc.strs, got, tc.want)
		}
	}
}

// TestMayHaveEvidenceEscapes: a literal written out in the source is read
// there, not again as a string; one whose escapes spell a stem is read as
// the string it makes.
func TestMayHaveEvidenceEscapes(t *testing.T) {
	for src, want := range map[string]bool{
		"package p\nvar u = \"/face/detect\"\n":            true,
		"package p\nvar u = \"/\\x66ace/detect\"\n":        true,
		"package p\nvar u = `/\\x66ace/detect`\n":          false, // raw: no face
		"package p\nvar u = \"/\\x66ac/detect\" + \"e\"\n": false,
		"package p\nvar u = `/face/detect\\`\n":            true, // raw: read in the source
		// Escapes shorten the text, invalid UTF-8 lengthens it (U+FFFD):
		// as long as the literal, and not what the source says.
		"package p\nvar u = \"/\\x66ace\\x2f\xff\xff\xff\"\n": true,
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
		if f == nil { // invalid UTF-8 is an error, and the file parses
			t.Fatal(err)
		}
		strs := strconst.New(nil, []*ast.File{f}).Strings(f, f)
		if got := mayHaveEvidence([]byte(src), nil, noDecls, strs); got != want {
			t.Errorf("mayHaveEvidence(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestCommentsNotRead: the prefilter reads no comment but the cgo
// preamble, as the scanner.
func TestCommentsNotRead(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"package p\n// FaceDetector detects faces.\nfunc Parse() {}\n", false},
		{"package p\n/* faces */ func DetectFaces() {}\n", true},
		{"package p\n// #include <facedetect.h>\nimport \"C\"\n", true},
		{"package p\n// #include <stdio.h>\nimport \"C\"\n// a face\nfunc Parse() {}\n", false},
		// An expression in a comment and a medium in code are not together.
		{"package p\n// Expressions of the frame.\nfunc Frame() {}\n", false},
		{"package p\n// Frame.\nfunc Expressions(frame []byte) {}\n", true},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", tc.src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		tf := fset.File(f.Pos())
		decls := func() [][2]int { return declRanges(tf, f) }
		if got := mayHaveEvidence([]byte(tc.src), commentRanges(tf, f), decls, nil); got != tc.want {
			t.Errorf("mayHaveEvidence(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// TestHasAnchor: an anchor counts only as a word of the scanner's
// vocabulary, as the scanner splits names.
func TestScanAnchors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"type Reader interface{ Read() }", false},
		{"var s Surface; t := Typeface{}; preface()", false},
		{"TypeFace", true}, // type, face: the scanner reads it, and its vetoes decide
		{"INTERFACE", false},
		{"MyInterfaceFace", true}, // interface, face
		{"detectFaces(img)", true},
		{"seetafacedetect", true}, // glued: _seeta, face, detect
		{"FACE_DETECT", true},
		{"/v1/faces/detect", true},
		{"shape_predictor_68_face_landmarks.dat", true},
		{"arcface_r100.onnx", true},
		{"retinaface", true},
		{"voiceprint", true},
		{"SpeakerID", true},
		{"ageGender", true},
		{"facebook.com/login", false},
		{"Facet(x)", false},
		{strings.Repeat("x", 300) + "face", true}, // no name: scanned
		{"", false},
	} {
		if got := scan(prefilter, []byte(tc.text)).anchor; got != tc.want {
			t.Errorf("scan(%q) has an anchor = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPrefilterKeepsVocabulary: every name in which the scanner reads a
// word of its vocabulary passes the prefilter, whatever its case and
// whatever it is glued to.
func TestPrefilterKeepsVocabulary(t *testing.T) {
	var vocab []string
	for _, m := range []map[string]bool{faceWords, emotionWords, speakerWords} {
		for w := range m {
			vocab = append(vocab, w)
		}
	}
	for w := range strongWords {
		vocab = append(vocab, w)
	}
	vocab = append(vocab, "gender")
	n := 0
	for _, w := range vocab {
		title := strings.ToUpper(w[:1]) + w[1:]
		for _, name := range []string{w, title, strings.ToUpper(w), "get" + title + "Image", "x_" + w + "_y", "my" + w, "HTTP" + strings.ToUpper(w) + "Client", w + "2", "seeta" + w, "/v1/" + w + "s/x"} {
			ws := words(name)
			if !slices.ContainsFunc(ws, vocabulary) {
				continue
			}
			n++
			media := slices.ContainsFunc(ws, func(w string) bool { return emotionMedia[w] })
			onlyExpression := !slices.ContainsFunc(ws, func(w string) bool { return vocabulary(w) && !emotionWords[w] || strings.HasPrefix(w, "emotion") })
			got := mayHaveEvidence([]byte("package p\nvar _ = "+name), nil, noDecls, nil)
			if want := !onlyExpression || media; got != want {
				t.Errorf("mayHaveEvidence of %q (words %q) = %v, want %v", name, ws, got, want)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d names tried", n)
	}
}

// TestExpressionWithMedium: an expression counts with a medium in the same
// declaration (the scanner reads a declaration's names together), or in
// the same string.
func TestExpressionWithMedium(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"package p\n\nfunc evalExpr(e Expr) {}\n\nfunc (f *Frame) push() {}\n", false},
		{"package p\n\nfunc (f *Frame) evalExpression() {}\n", true},
		{"package p\n\ntype Expression struct {\n\tImage []byte\n}\n", true},
		{"package p\n\nvar u = \"/v1/expressions/video\"\n", true},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", tc.src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		decls := declRanges(fset.File(f.Pos()), f)
		if got := mayHaveEvidence([]byte(tc.src), nil, func() [][2]int { return decls }, nil); got != tc.want {
			t.Errorf("mayHaveEvidence(%q, %v) = %v, want %v", tc.src, decls, got, tc.want)
		}
	}
}

// noDecls makes the whole file one declaration.
func noDecls() [][2]int { return nil }

// TestMayOperate: every name in which operation finds an operation, with
// or without a medium beside it, passes mayOperate, the scanner's test
// before it splits a name into words. The names are those of the
// analyzer's testdata, of go/..., and the vocabulary's words glued and
// cased as TestPrefilterKeepsVocabulary glues them, with an operation word.
func TestMayOperate(t *testing.T) {
	names := map[string]bool{}
	for _, dir := range []string{"testdata", filepath.Join(goenv.MustVar(t, "GOROOT"), "src", "go")} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			f, _ := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
			if f != nil {
				ast.Inspect(f, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						names[id.Name] = true
					}
					return true
				})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for w := range vocabularyWords() {
		title := strings.ToUpper(w[:1]) + w[1:]
		for _, op := range []string{"Detect", "Verify", "Recognition", "Embedding", "Image", "Video", ""} {
			for _, name := range []string{w + op, title + op, strings.ToUpper(w) + "_" + strings.ToUpper(op), "seeta" + w + strings.ToLower(op), op + title} {
				names[name] = true
			}
		}
	}
	operations, pruned := 0, 0
	for name := range names {
		may := mayOperate(name)
		if !may {
			pruned++
		}
		for _, media := range []bool{false, true} {
			if _, ok := operation(words(name), media); ok {
				operations++
				if !may {
					t.Errorf("operation finds one in %q (media %v), and mayOperate says it cannot", name, media)
				}
			}
		}
	}
	t.Logf("%d names, %d operations, %d pruned", len(names), operations, pruned)
	if operations < 200 || pruned < len(names)/2 {
		t.Errorf("of %d names, %d operations found and %d pruned: the corpus is not what it was", len(names), operations, pruned)
	}
}

// vocabularyWords returns the words every operation needs one of.
func vocabularyWords() map[string]bool {
	vocab := map[string]bool{"gender": true}
	for _, m := range []map[string]bool{faceWords, emotionWords, speakerWords} {
		for w := range m {
			vocab[w] = true
		}
	}
	for w := range strongWords {
		vocab[w] = true
	}
	return vocab
}

// TestPrefilterSound runs the scanner on each file of the analyzer's
// testdata, and on strings the prefilter does not read (prose, text longer
// than an address): every file where it finds evidence passes the
// prefilter, and those strings yield none.
func TestPrefilterSound(t *testing.T) {
	cat := catalog.Default()
	ep, cg := endpoint.NewMatcher(cat), cgolib.NewMatcher(cat)
	// evidence runs the scanner and the prefilter on f, whose source is
	// src and whose folded strings are strs (nil: f's own).
	evidence := func(fset *token.FileSet, f *ast.File, src []byte, strs []strconst.String) (found, passes bool) {
		fo := strconst.New(nil, []*ast.File{f})
		if strs == nil {
			strs = fo.Strings(f, f)
		}
		s := newScanner(cat, ep, cg)
		s.Prepare([]*ast.File{f})
		s.File(fo, f, strs, "")
		tf := fset.File(f.Pos())
		decls := func() [][2]int { return declRanges(tf, f) }
		return len(s.Finish(fset)) > 0, mayHaveEvidence(src, commentRanges(tf, f), decls, strs)
	}
	files := 0
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			return err
		}
		if found, passes := evidence(fset, f, src, nil); found {
			files++
			if !passes {
				t.Errorf("%s: the scanner finds evidence, and the prefilter skips the file", path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 5 {
		t.Errorf("evidence in %d files of testdata; the corpus is missing", files)
	}
	// The strings are folded from sums whose operands the source does not
	// hold (a name from another file), so that only their text can say
	// "face": the scanner reads it only as an address.
	for _, text := range []string{
		"https://faceapi.example.com/face/detect",                                     // read
		"detect the face in " + strconst.Unknown,                                      // prose
		"https://faceapi.example.com/" + strings.Repeat("a", maxURL) + "/face/detect", // too long
	} {
		src := []byte("package p\n\nfunc call() { post(base + path) }\n")
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		sum := f.Decls[0].(*ast.FuncDecl).Body.List[0].(*ast.ExprStmt).X.(*ast.CallExpr).Args[0]
		found, passes := evidence(fset, f, src, []strconst.String{{Expr: sum, Text: text}})
		if want := mayBeURL(text); found != want || passes != want {
			t.Errorf("%.40q: the scanner finds evidence %v and the prefilter passes the file %v, want %v", text, found, passes, want)
		}
	}
}
