package catalog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/catalog/internal/drift"
	"github.com/biometriclint/biometriclint/analyzers/internal/analysistestutil"
	"github.com/biometriclint/biometriclint/internal/testsetup"
)

// driftModules are the modules (under testdata/drift) that pin every
// catalogued module at the version the catalog was verified against. The
// legacy one holds modules whose pinned version is older than the one the
// main module's build list selects (genproto for cloud.google.com/go/vision
// v1).
var driftModules = []string{"testdata/drift", "testdata/drift/legacy"}

const downloadHint = "run `go -C analyzers/catalog/testdata/drift mod download && go -C analyzers/catalog/testdata/drift/legacy mod download` from the repository root (the CI script does this before the tests)"

// TestCatalogMatchesModuleSource is the drift test: every catalogued package
// and symbol must exist, as spelt, in the source of its module at the pinned
// version (or in its stub, for modules the module proxy does not serve).
func TestCatalogMatchesModuleSource(t *testing.T) {
	cat := catalog.Default()
	resolve, err := newResolver(cat)
	if err != nil {
		testsetup.Missing(t, "the catalogued modules", "10-testdata-modules.sh", fmt.Errorf("%v; %s", err, downloadHint))
	}
	probs := drift.Check(cat, resolve)
	for _, p := range probs {
		t.Error(p)
	}
	if len(probs) > 0 {
		t.Logf("if a module is reported missing, %s", downloadHint)
	}
}

// TestDriftCheckCatchesMisspelling keeps the drift test from passing
// vacuously: a misspelt symbol, a missing package and a wrong package name
// must each be reported, against real module source.
func TestDriftCheckCatchesMisspelling(t *testing.T) {
	cat := catalog.Default()
	resolve, err := newResolver(cat)
	if err != nil {
		testsetup.Missing(t, "the catalogued modules", "10-testdata-modules.sh", fmt.Errorf("%v; %s", err, downloadHint))
	}
	const data = `vendor: Test
entries:
  - id: misspelt
    product: Misspelt
    docs: https://example.com
    modules:
      - {path: github.com/aws/aws-sdk-go-v2/service/rekognition, version: v1.51.26}
    packages:
      - path: github.com/aws/aws-sdk-go-v2/service/rekognition
        symbols:
          - {symbol: Client.CompareFaces, category: face-recognition, what: w}
          - {symbol: Client.CompareFace, category: face-recognition, what: w}
          - {symbol: DetectFacesInput.Atributes, category: face-detection, what: w}
          - {symbol: NoSuchFunc, category: face-detection, what: w}
      - path: github.com/aws/aws-sdk-go-v2/service/rekognition/nosuchpkg
        symbols:
          - {symbol: F, category: face-detection, what: w}
      - path: github.com/aws/aws-sdk-go-v2/service/rekognition/types
        name: rekog
        symbols:
          - {symbol: EmotionNameHappy, category: emotion-recognition, what: w}
`
	bad := analysistestutil.Catalog(t, data)
	var got []string
	for _, p := range drift.Check(bad, resolve) {
		got = append(got, p.String())
	}
	want := []string{
		"Client.CompareFace: type Client has no method or field CompareFace (did you mean CompareFaces",
		"DetectFacesInput.Atributes: type DetectFacesInput has no method or field Atributes (did you mean Attributes",
		"NoSuchFunc: not declared",
		"rekognition/nosuchpkg: package not found",
		`rekognition/types: package clause is "types", catalog says "rekog"`,
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem reported containing %q; got:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// TestDriftModulesPinEveryModule keeps testdata/drift in step with the data:
// every catalogued module must be required there at its pinned version, and
// stubbed modules must be replaced by their stub directory.
func TestDriftModulesPinEveryModule(t *testing.T) {
	var gomods []string
	for _, dir := range driftModules {
		gomods = append(gomods, filepath.Join(dir, "go.mod"))
	}
	pins, err := drift.ReadPins(gomods...)
	if err != nil {
		t.Fatal(err)
	}
	required, replaced := pins.Required, pins.Replaced
	for _, e := range catalog.Default().Entries {
		for _, m := range e.Modules {
			switch vs, ok := required[m.Path]; {
			case !ok:
				t.Errorf("%s: module %s is not required by %s: add `%s %s`", e.ID, m.Path, strings.Join(driftModules, " or "), m.Path, m.Version)
			case !slices.Contains(vs, m.Version):
				t.Errorf("%s: module %s is pinned at %s but testdata/drift requires %s", e.ID, m.Path, m.Version, strings.Join(vs, " and "))
			}
			if m.Stub != "" && !strings.HasSuffix(replaced[m.Path], "/testdata/stubs/"+m.Path) {
				t.Errorf("%s: stubbed module %s must be replaced by testdata/stubs/%s in testdata/drift/go.mod", e.ID, m.Path, m.Path)
			}
		}
	}
}

// newResolver asks the go command, offline, where each catalogued module is:
// the module cache for downloaded modules, the stub directory for replaced
// ones.
func newResolver(cat *catalog.Catalog) (drift.Resolver, error) {
	byDrift := map[string][]string{}
	seen := map[string]bool{}
	for _, e := range cat.Entries {
		for _, m := range e.Modules {
			if seen[m.Path] {
				continue
			}
			seen[m.Path] = true
			d := driftModules[0]
			if m.Path == "cloud.google.com/go/vision" || m.Path == "google.golang.org/genproto" {
				d = driftModules[1]
			}
			byDrift[d] = append(byDrift[d], m.Path)
		}
	}
	type modInfo struct {
		Path    string
		Version string
		Dir     string
		Replace *struct{ Dir string }
		Error   *struct{ Err string }
	}
	type key struct{ path, version string }
	dirs := map[key]string{}
	errs := map[string]string{}
	var ds []string
	for d := range byDrift {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	for _, d := range ds {
		paths := byDrift[d]
		sort.Strings(paths)
		cmd := exec.Command("go", append([]string{"list", "-e", "-m", "-json"}, paths...)...)
		cmd.Dir = d
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go list -m in %s: %v\n%s", d, err, stderr.String())
		}
		dec := json.NewDecoder(bytes.NewReader(out))
		for {
			var mi modInfo
			if err := dec.Decode(&mi); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return nil, err
			}
			switch {
			case mi.Error != nil:
				errs[mi.Path] = mi.Error.Err
			case mi.Replace != nil && mi.Replace.Dir != "":
				dirs[key{mi.Path, mi.Version}] = mi.Replace.Dir
			case mi.Dir != "":
				dirs[key{mi.Path, mi.Version}] = mi.Dir
			default:
				errs[mi.Path] = fmt.Sprintf("%s is not downloaded", mi.Version)
			}
		}
	}
	return func(path, version string) (string, error) {
		if dir, ok := dirs[key{path, version}]; ok {
			return dir, nil
		}
		if msg, ok := errs[path]; ok {
			return "", fmt.Errorf("%s; %s", msg, downloadHint)
		}
		return "", fmt.Errorf("not required at %s by testdata/drift; %s", version, downloadHint)
	}, nil
}
