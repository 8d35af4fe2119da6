package catalog

import (
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestModule checks which modules exist for biometrics and which packages
// each holds: the SDK core module holds none of its services, a cloud SDK
// with one face service is not dedicated, a face library is.
func TestModule(t *testing.T) {
	cat := Default()
	var dedicated []string
	for _, e := range cat.Entries {
		for _, m := range e.Modules {
			if mi := cat.Module(m.Path); mi.Dedicated && mi.Entry == e {
				dedicated = append(dedicated, m.Path+" "+e.ID+" "+string(mi.Category))
			}
		}
	}
	want := []string{
		"github.com/aws/aws-sdk-go-v2/service/voiceid aws-voice-id-v2 speaker-recognition",
		"github.com/Kagami/go-face go-face face-recognition",
		"github.com/leandroveronezi/go-face go-face-leandroveronezi face-recognition",
		"github.com/leandroveronezi/go-recognizer go-recognizer face-recognition",
		"github.com/leandroveronezi/go-onnxface go-onnxface face-recognition",
		"github.com/shiguanghuxian/face-golang-sdk faceplusplus-community face-recognition",
		"github.com/esimov/pigo pigo face-detection",
	}
	if strings.Join(dedicated, "\n") != strings.Join(want, "\n") {
		t.Errorf("dedicated modules:\n%s\nwant:\n%s", strings.Join(dedicated, "\n"), strings.Join(want, "\n"))
	}

	for _, tt := range []struct {
		path      string
		packages  string // "" for a module the catalog knows nothing in
		dedicated bool
	}{
		{"github.com/aws/aws-sdk-go-v2", "", false},
		{"github.com/aws/aws-sdk-go-v2/service/rekognition", "github.com/aws/aws-sdk-go-v2/service/rekognition github.com/aws/aws-sdk-go-v2/service/rekognition/types", false},
		{"github.com/huaweicloud/huaweicloud-sdk-go-v3", "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2 github.com/huaweicloud/huaweicloud-sdk-go-v3/services/frs/v2/model", false},
		{"github.com/chenqinghe/baidu-ai-go-sdk", "github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v2 github.com/chenqinghe/baidu-ai-go-sdk/vision/face/v3 github.com/chenqinghe/baidu-ai-go-sdk/vision/face", false},
		{"github.com/Kagami/go-face", "github.com/Kagami/go-face", true},
		{"github.com/esimov/pigo", "github.com/esimov/pigo/core github.com/esimov/pigo/wasm/detector", true},
		{"example.com/unknown", "", false},
		// A module the catalog does not declare holds the packages below it
		// that no declared module does.
		{"github.com/Kagami", "", false},
	} {
		mi := cat.Module(tt.path)
		var got []string
		if mi != nil {
			for _, p := range mi.Packages {
				got = append(got, p.Path)
			}
		}
		if strings.Join(got, " ") != tt.packages {
			t.Errorf("Module(%s) packages = %q, want %q", tt.path, got, tt.packages)
		}
		if mi != nil && mi.Dedicated != tt.dedicated {
			t.Errorf("Module(%s).Dedicated = %v, want %v", tt.path, mi.Dedicated, tt.dedicated)
		}
	}
}

func TestLoadRejectsBadModules(t *testing.T) {
	const head = "vendor: V\nentries:\n"
	pkg := func(id, mod, path, kind string) string {
		return "  - id: " + id + "\n    product: P\n    docs: https://example.com\n    modules: [" + mod + "]\n" +
			"    packages:\n      - path: " + path + "\n" + kind
	}
	const dedicatedPkg = "        dedicated: true\n        category: face-detection\n        what: w\n"
	const symbolPkg = "        symbols: [{symbol: F, category: face-detection, what: w}]\n"
	for _, tt := range []struct{ name, data, want string }{
		{"multi-purpose package", head + pkg("x", "{path: github.com/a/b, dedicated: true, version: v1.0.0}", "github.com/a/b/c", symbolPkg),
			`module "github.com/a/b" is marked dedicated but holds the multi-purpose package "github.com/a/b/c"`},
		{"disagreement", head + pkg("x", "{path: github.com/a/b, dedicated: true, version: v1.0.0}", "github.com/a/b/c", dedicatedPkg) +
			pkg("y", "{path: github.com/a/b, version: v1.0.0}", "github.com/a/b/d", dedicatedPkg),
			`entry "y": module "github.com/a/b" is dedicated in entry "x": mark it dedicated here too`},
		{"no package", head + pkg("x", "{path: github.com/a/b, dedicated: true, version: v1.0.0}, {path: github.com/a/b/c, version: v1.0.0}", "github.com/a/b/c", dedicatedPkg),
			`module "github.com/a/b" is marked dedicated but holds no catalogued package`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(tt.data)}}, "*.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestModuleUndeclared: without declared modules, a required module holds
// the catalogued packages below its path.
func TestModuleUndeclared(t *testing.T) {
	data := "vendor: V\nentries:\n  - id: x\n    product: P\n    docs: https://example.com\n    source: https://example.com/api\n" +
		"    packages:\n      - path: github.com/a/b/face\n        dedicated: true\n        category: face-detection\n        what: w\n"
	cat, err := Load(fstest.MapFS{"d.yaml": {Data: []byte(data)}}, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if mi := cat.Module("github.com/a/b"); mi == nil || len(mi.Packages) != 1 || mi.Packages[0].Path != "github.com/a/b/face" || mi.Dedicated {
		t.Errorf("Module(github.com/a/b) = %+v, want the package face, not dedicated", mi)
	}
	if mi := cat.Module("github.com/a/bc"); mi != nil {
		t.Errorf("Module(github.com/a/bc) = %+v, want nil", mi)
	}
}

// linearModule is Module without the sorted paths: every catalogued
// package, in catalog order.
func linearModule(c *Catalog, path string) *ModuleInfo {
	c.moduleOnce.Do(c.indexModules)
	if mi, ok := c.modules[path]; ok {
		return mi
	}
	var pkgs []*Package
	for _, p := range c.index.packageList {
		if slices.ContainsFunc(append([]string{p.Path}, p.Aliases...), func(pth string) bool { return c.owner(pth, path) == path }) {
			pkgs = append(pkgs, p)
		}
	}
	if len(pkgs) == 0 {
		return nil
	}
	return &ModuleInfo{Path: path, Packages: pkgs}
}

// TestModuleIndex: Module finds what a scan of every package finds, for
// every catalogued path, alias and parent of one, and for paths that hold
// none or only share a prefix.
func TestModuleIndex(t *testing.T) {
	c := Default()
	paths := []string{"example.com/none", "github.com", "github.com/aws", "gocv.io/x/gocv-extra", "github.com/Kagami/go-face2"}
	for _, p := range c.Packages() {
		for _, pth := range append([]string{p.Path}, p.Aliases...) {
			for q := pth; q != "." && q != ""; q = path.Dir(q) {
				paths = append(paths, q, q+"x", q+"-v2")
			}
		}
	}
	for _, pth := range paths {
		got, want := c.Module(pth), linearModule(c, pth)
		if (got == nil) != (want == nil) || got != nil && (got.Path != want.Path || !slices.Equal(got.Packages, want.Packages)) {
			t.Errorf("Module(%q) = %+v, want %+v", pth, got, want)
		}
	}
}

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		pth, mod string
		want     bool
	}{
		{"github.com/a/b", "github.com/a/b", true},
		{"github.com/a/b/c", "github.com/a/b", true},
		{"github.com/a/bc", "github.com/a/b", false},
		{"github.com/a", "github.com/a/b", false},
		{"github.com/a/b", "", false},
		{"", "", true},
	} {
		if got := within(tc.pth, tc.mod); got != tc.want {
			t.Errorf("within(%q, %q) = %v, want %v", tc.pth, tc.mod, got, tc.want)
		}
	}
}

// TestOwnerIn: ownerIn, which looks up the prefixes of a path, finds what
// a scan of every declared module finds, for the paths TestModuleIndex
// asks about, each alone and with a module of its own given.
func TestOwnerIn(t *testing.T) {
	c := Default()
	c.moduleOnce.Do(c.indexModules)
	scan := func(pth, best string) string {
		for m := range c.declared {
			if len(m) > len(best) && within(pth, m) {
				best = m
			}
		}
		return best
	}
	paths := []string{"", "example.com/none", "github.com", "github.com/aws", "gocv.io/x/gocv-extra"}
	for _, p := range c.Packages() {
		for _, pth := range append([]string{p.Path}, p.Aliases...) {
			for q := pth; q != "." && q != ""; q = path.Dir(q) {
				paths = append(paths, q, q+"x", q+"/sub", q+"-v2")
			}
		}
	}
	owned := 0
	for _, pth := range paths {
		for _, extra := range []string{"", pth, path.Dir(pth)} {
			best := ""
			if within(pth, extra) {
				best = extra
			}
			got, want := ownerIn(c.declared, pth, best), scan(pth, best)
			if got != want {
				t.Errorf("ownerIn(%q, best %q) = %q, want %q", pth, best, got, want)
			}
			if want != "" && want != best {
				owned++
			}
		}
	}
	if owned == 0 {
		t.Error("no path is held by a declared module: the test compares nothing")
	}
}

// TestDefaultHasPackage: the embedded list of import paths answers as the
// built catalog does, for every catalogued path and alias and for paths
// near them.
func TestDefaultHasPackage(t *testing.T) {
	c := Default()
	if len(embeddedPackagePaths) != len(c.index.packages) {
		t.Errorf("%d embedded package paths, the catalog has %d", len(embeddedPackagePaths), len(c.index.packages))
	}
	paths := []string{"", "example.com/none", "github.com", "gocv.io/x/gocv-extra"}
	for pth := range c.index.packages {
		for q := pth; q != "." && q != ""; q = path.Dir(q) {
			paths = append(paths, q, q+"x", q+"/sub", strings.ToUpper(q))
		}
	}
	held := 0
	for _, pth := range paths {
		want := c.HasPackage(pth)
		if got := DefaultHasPackage(pth); got != want {
			t.Errorf("DefaultHasPackage(%q) = %v, want %v", pth, got, want)
		}
		if want {
			held++
		}
	}
	if held < len(c.index.packages) {
		t.Errorf("only %d of the probes are catalogued, want every catalogued path", held)
	}
}
