package inventory

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

const (
	goFace     = "v0.0.0-20210630145111-0c14797b4d0e"
	goFaceOld  = "v0.0.0-20200101000000-000000000000"
	appGoMod   = "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/Kagami/go-face " + goFace + "\n\tgithub.com/aws/aws-sdk-go-v2 v1.36.3\n\tgithub.com/aws/aws-sdk-go-v2/service/rekognition v1.51.26\n\tgithub.com/huaweicloud/huaweicloud-sdk-go-v3 v0.1.207\n)\n\nrequire gocv.io/x/gocv v0.41.0 // indirect\n"
	appGoSum   = "github.com/Kagami/go-face " + goFaceOld + "/go.mod h1:x=\ngithub.com/Kagami/go-face " + goFace + " h1:x=\ngithub.com/Kagami/go-face " + goFace + "/go.mod h1:x=\ngithub.com/aws/aws-sdk-go-v2 v1.36.3 h1:x=\ngithub.com/esimov/pigo v1.4.6 h1:x=\ngithub.com/esimov/pigo v1.4.5/go.mod h1:x=\ngolang.org/x/image v0.47.0 h1:x=\n"
	appVendor  = "# github.com/Kagami/go-face " + goFace + "\n## explicit\ngithub.com/Kagami/go-face\n# github.com/leandroveronezi/go-recognizer v1.1.0\ngithub.com/leandroveronezi/go-recognizer\n"
	toolsGoMod = "module example.com/tools\n\ngo 1.22\n\nrequire github.com/Kagami/go-face " + goFaceOld + "\n"
)

// Rows of the table that the code's uses do not change.
const (
	rowGoFace = "github.com/Kagami/go-face " + goFace + " dedicated=true used=false listed=true | app/go.mod " + goFace + " direct; app/go.sum " + goFace + " checksum; app/vendor/modules.txt " + goFace + " vendored, direct; tools/go.mod " + goFaceOld + " direct | go-face | go-face (github.com/Kagami/go-face) | face-recognition, face-detection\n"
	rowGocv   = "gocv.io/x/gocv v0.41.0 dedicated=false used=false listed=false | app/go.mod v0.41.0 indirect |  |  | \n"
	rowPigo   = "github.com/esimov/pigo v1.4.6 dedicated=true used=false listed=true | app/go.sum v1.4.6 checksum | pigo | Pigo face detection | face-detection\n"
)

// tree writes two modules: app (go.mod, go.sum, vendor/modules.txt) and
// tools (go.mod only), and returns their directories.
func tree(t *testing.T) (string, []string) {
	root := t.TempDir()
	files := map[string]string{
		"app/go.mod": appGoMod, "app/go.sum": appGoSum, "app/vendor/modules.txt": appVendor,
		"tools/go.mod": toolsGoMod,
	}
	for name, data := range files {
		name = filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root, []string{filepath.Join(root, "app"), filepath.Join(root, "tools")}
}

// table renders modules one a line: path version dedicated used | places |
// entries | category.
func table(root string, mods []*output.Module) string {
	var b strings.Builder
	for _, m := range mods {
		var places []string
		for _, p := range m.Places {
			rel, _ := filepath.Rel(root, p.File)
			places = append(places, filepath.ToSlash(rel)+" "+p.Version+" "+p.How)
		}
		fmt.Fprintf(&b, "%s %s dedicated=%v used=%v listed=%v | %s | %s | %s | %s\n", m.Path, m.Version, m.Dedicated, m.Used, m.Listed(),
			strings.Join(places, "; "), strings.Join(m.Entries, " "), m.Vendor, m.Category)
	}
	return b.String()
}

// TestModules lists each module once, with every place that names it: the
// SDK core module and golang.org/x/image hold no catalogued package and
// are left out; Huawei Cloud's SDK, Rekognition and gocv are multi-purpose
// (no entries or categories until the code uses them); go.sum's several
// versions of go-face give one place, with the highest.
func TestModules(t *testing.T) {
	root, dirs := tree(t)
	mods, problems := Modules(catalog.Default(), dirs)
	if len(problems) > 0 {
		t.Errorf("problems: %v", problems)
	}
	got := table(root, mods)
	want := rowGoFace +
		"github.com/aws/aws-sdk-go-v2/service/rekognition v1.51.26 dedicated=false used=false listed=false | app/go.mod v1.51.26 direct |  |  | \n" +
		"github.com/huaweicloud/huaweicloud-sdk-go-v3 v0.1.207 dedicated=false used=false listed=false | app/go.mod v0.1.207 direct |  |  | \n" +
		rowGocv +
		rowPigo +
		"github.com/leandroveronezi/go-recognizer v1.1.0 dedicated=true used=false listed=true | app/vendor/modules.txt v1.1.0 vendored, indirect | go-recognizer | go-face go-recognizer (github.com/leandroveronezi/go-recognizer) | face-recognition, face-detection\n"
	if got != want {
		t.Errorf("modules:\n%s\nwant:\n%s", got, want)
	}
}

// TestMarkUsed: imports and symbol uses mark a module used; a multi-purpose
// one then shows the entries and categories of those uses only. A go.mod
// finding (modrequire) is no use of the code.
func TestMarkUsed(t *testing.T) {
	root, dirs := tree(t)
	mods, _ := Modules(catalog.Default(), dirs)
	cat := catalog.Default()
	finding := func(analyzer, entry, category string) *output.Finding {
		e := cat.Entry(entry)
		return &output.Finding{Analyzer: analyzer, Category: category, Entry: e, Message: "something"}
	}
	MarkUsed(mods, []*output.Finding{
		finding("sdksymbol", "huawei-frs", "face-recognition"),
		finding("sdksymbol", "aws-rekognition-v2", "emotion-recognition"),
		finding("sdksymbol", "aws-rekognition-v2", "face-detection"),
		finding("modrequire", "pigo", "face-detection"),
		finding("sdkimport", "go-recognizer", "face-recognition"),
		finding("endpoint", "opencv-gocv", "face-detection"),
	})
	got := table(root, mods)
	want := rowGoFace +
		"github.com/aws/aws-sdk-go-v2/service/rekognition v1.51.26 dedicated=false used=true listed=true | app/go.mod v1.51.26 direct | aws-rekognition-v2 | AWS Rekognition (AWS SDK for Go v2) | emotion-recognition, face-detection\n" +
		"github.com/huaweicloud/huaweicloud-sdk-go-v3 v0.1.207 dedicated=false used=true listed=true | app/go.mod v0.1.207 direct | huawei-frs | Huawei Cloud Face Recognition Service (FRS) | face-recognition\n" +
		rowGocv +
		rowPigo +
		"github.com/leandroveronezi/go-recognizer v1.1.0 dedicated=true used=true listed=true | app/vendor/modules.txt v1.1.0 vendored, indirect | go-recognizer | go-face go-recognizer (github.com/leandroveronezi/go-recognizer) | face-recognition, face-detection\n"
	if got != want {
		t.Errorf("modules:\n%s\nwant:\n%s", got, want)
	}
}

// TestModulesProblems: a go.mod that does not parse is a problem; the
// other files of its directory are still read.
func TestModulesProblems(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module x\nrequire (\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), []byte("github.com/esimov/pigo v1.4.6 h1:x=\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mods, problems := Modules(catalog.Default(), []string{dir})
	if len(problems) != 1 || !strings.HasPrefix(problems[0].Reason, "cannot parse: ") || problems[0].File != filepath.Join(dir, "go.mod") {
		t.Errorf("problems = %+v, want go.mod cannot parse", problems)
	}
	if len(mods) != 1 || mods[0].Path != "github.com/esimov/pigo" {
		t.Errorf("modules = %s, want pigo from go.sum", table(dir, mods))
	}
}
