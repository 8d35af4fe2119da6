package policy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestLoadErrors checks that every malformed configuration of
// testdata/errors.txtar fails with exactly the error it lists.
func TestLoadErrors(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/errors.txtar")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	n := 0
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".yml")
		if !ok {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			want, ok := files[name+".want"]
			if !ok {
				t.Fatalf("no %s.want", name)
			}
			s, err := Parse(f.Name, f.Data)
			if err == nil {
				t.Fatalf("loaded: %+v", s)
			}
			if got := err.Error(); got != strings.TrimSpace(want) {
				t.Errorf("error:\n%s\nwant:\n%s", got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no cases")
	}
}

func TestExampleLoads(t *testing.T) {
	s, err := Load("testdata/example.biometriclint.yml")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Allow) != 4 || len(s.Catalog) != 1 || s.Severity["face-detection"] != Warning {
		t.Errorf("example read as %+v", s)
	}
}

// TestDocumentedExample keeps docs/configuration.md's complete example
// identical to the file the tests load.
func TestDocumentedExample(t *testing.T) {
	example, err := os.ReadFile("testdata/example.biometriclint.yml")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/configuration.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "```yaml\n"+string(example)+"```\n") {
		t.Error("docs/configuration.md does not contain testdata/example.biometriclint.yml verbatim in a yaml block")
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(deep); err != nil || got != "" && !strings.HasPrefix(got, root) {
		// A configuration above the temporary directory is not ours to judge;
		// one inside it must not exist yet.
		t.Fatalf("Find before writing = %q, %v", got, err)
	}
	cfg := filepath.Join(root, "a", FileName)
	if err := os.WriteFile(cfg, []byte("fail-on: warning\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{deep, filepath.Join(root, "a")} {
		if got, err := Find(dir); err != nil || got != cfg {
			t.Errorf("Find(%s) = %q, %v; want %q", dir, got, err, cfg)
		}
	}
	if err := os.Mkdir(filepath.Join(deep, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(deep); err == nil || !strings.Contains(err.Error(), "is not a regular file") {
		t.Errorf("a directory named %s: err = %v", FileName, err)
	}
	s, err := Load(cfg)
	if err != nil || s.FailOn != FailOnWarning {
		t.Fatalf("Load = %+v, %v", s, err)
	}
	if s.src.dir != filepath.Join(root, "a") {
		t.Errorf("globs relative to %q, want the file's directory", s.src.dir)
	}
}

func TestEmptyFile(t *testing.T) {
	s, err := Parse("empty.yml", []byte("# nothing configured\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Compile(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.FailOn() != FailOnError || p.SeverityOf("face-detection") != Error {
		t.Errorf("defaults: fail-on %q, face-detection %q", p.FailOn(), p.SeverityOf("face-detection"))
	}
}
