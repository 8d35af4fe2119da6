package audit

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/biometriclint/biometriclint/analyzers/suite"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// limitTrees are inputs a reviewer's tree may hold to exhaust the tool:
// each must be audited within a time and memory bound, with the finding
// it holds or a clear message.
var limitTrees = []struct {
	name string
	src  func() string
	// want is a finding ("file:line: category") or a problem substring.
	want string
}{
	{"huge generated file", func() string {
		var b strings.Builder
		b.WriteString("package gen\n\nvar Table = []string{\n")
		for i := range 200000 { // about 6 MB
			fmt.Fprintf(&b, "\t\"entry-%07d-padding-padding\",\n", i)
		}
		b.WriteString("}\n\nconst U = \"https://api-cn.faceplusplus.com/facepp/v3/detect\"\n")
		return b.String()
	}, "gen.go:200006: face-detection"},
	{"deeply nested expression", func() string {
		const n = 5000
		return "package gen\n\nvar X = " + strings.Repeat("(", n) + "\"https://api-cn.faceplusplus.com/facepp/v3/detect\"" +
			strings.Repeat(")", n) + "\nvar Y = " + strings.Repeat("\"a\" + ", n) + "\"b\"\n"
	}, "gen.go:3: face-detection"},
	{"nesting beyond the parser's limit", func() string {
		return "package gen\n\nvar X = " + strings.Repeat("[]int{", 200000) + "\n"
	}, "exceeded max nesting depth"},
	{"very long string literal", func() string {
		return "package gen\n\nconst Long = \"" + strings.Repeat("x", 8<<20) + "\"\n" +
			"const U = \"https://api-cn.faceplusplus.com/facepp/v3/detect?\" + Long\n"
	}, "gen.go:4: face-detection"},
	{"string constants doubling in length", func() string {
		var b strings.Builder
		b.WriteString("package gen\n\nconst c0 = \"" + strings.Repeat("x", 1000) + "\"\n")
		for i := 1; i < 40; i++ { // c39 would be 500 TB flattened
			fmt.Fprintf(&b, "const c%d = c%d + c%d\n", i, i-1, i-1)
		}
		b.WriteString("var U = \"https://api-cn.faceplusplus.com/facepp/v3/detect\" + c39\n")
		return b.String()
	}, "gen.go:43: face-detection"},
	{"string constants doubling in length, in a function", func() string {
		var b strings.Builder
		b.WriteString("package gen\n\nfunc F() string {\n\tconst c0 = \"" + strings.Repeat("x", 1000) + "\"\n")
		for i := 1; i < 40; i++ {
			fmt.Fprintf(&b, "\tconst c%d = c%d + c%d\n", i, i-1, i-1)
		}
		b.WriteString("\treturn \"https://api-cn.faceplusplus.com/facepp/v3/detect\" + c39\n}\n")
		return b.String()
	}, "gen.go:44: face-detection"},
	{"binary file named .go", func() string {
		b := make([]byte, 1<<20)
		for i := range b {
			b[i] = byte(i * 7 % 256)
		}
		return string(b)
	}, "syntax error, analysed up to it: 1:1: "},
}

// TestLimits audits each tree, syntax-only and typed, and wants its
// finding or message within 60 seconds and 1 GB allocated.
func TestLimits(t *testing.T) {
	for _, tt := range limitTrees {
		for _, typed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/typed=%v", tt.name, typed), func(t *testing.T) {
				dir := t.TempDir()
				write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/gen\n\ngo 1.22\n"))
				write(t, filepath.Join(dir, "gen.go"), []byte(tt.src()))
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				rep, _, err := Run(&Config{Dir: dir, Analyzers: suite.Analyzers(), Typed: typed})
				elapsed := time.Since(start)
				runtime.ReadMemStats(&after)
				if err != nil {
					t.Fatal(err)
				}
				if elapsed > 60*time.Second {
					t.Errorf("took %v", elapsed)
				}
				if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<30 {
					t.Errorf("allocated %d MB", alloc>>20)
				}
				if got := describe(rep); !strings.Contains(got, tt.want) {
					t.Errorf("report does not say %q:\n%s", tt.want, got)
				}
			})
		}
	}
}

// describe lists the report's findings as "file:line: category" and its
// problems, one a line.
func describe(rep *output.Report) string {
	var b strings.Builder
	for _, f := range rep.Findings() {
		fmt.Fprintf(&b, "%s:%d: %s\n", filepath.Base(f.Pos.File), f.Pos.Line, f.Category)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(&b, "problem: %s %s: %s\n", p.Package, filepath.Base(p.File), p.Reason)
	}
	return b.String()
}

// TestHugeFiles audits a tree whose Go file, C header and vendored module
// list are sparse files of 3 GiB, beside a file with a finding: each huge
// file is named, not read (the audit once tried to allocate 3 GiB for
// each, and a machine with less died), the header's first 64 MiB are
// read for its directives, and the other file's finding is made.
func TestHugeFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), []byte("module example.com/huge\n"))
	write(t, filepath.Join(dir, "face.go"), []byte("package huge\n\nconst detect = \"https://api-us.faceplusplus.com/facepp/v3/detect\"\n"))
	write(t, filepath.Join(dir, "cgo.go"), []byte("package huge\n\nimport \"C\"\n"))
	for name, head := range map[string]string{"huge.go": "package huge\n", "huge.h": "#include <dlib/image_processing/frontal_face_detector.h>\n", "vendor/modules.txt": "# github.com/Kagami/go-face v0.0.0\n"} {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(head))
		if err := os.Truncate(filepath.Join(dir, filepath.FromSlash(name)), 3<<30); err != nil {
			t.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rep, _, err := Run(&Config{Dir: dir, Analyzers: suite.Analyzers()})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 512<<20 {
		t.Errorf("allocated %d MB", alloc>>20)
	}
	got := describe(rep)
	for _, want := range []string{
		"face.go:3: face-detection\n",
		"huge.h:1: face-detection\n",
		"modules.txt: read " + filepath.Join(dir, "vendor", "modules.txt") + ": 3221225472 bytes, more than the 64 MiB read of one file: not read\n",
		"problem: example.com/huge huge.go: read " + filepath.Join(dir, "huge.go") + ": 3221225472 bytes, more than the 64 MiB read of one file: not read\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report does not say %q:\n%s", want, got)
		}
	}
}
