package modrequire_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/internal/checktest"
	"github.com/biometriclint/biometriclint/analyzers/modrequire"
)

// TestAnalyzer runs on every package of testdata/mod: go.mod requires
// go-face (direct), pigo (indirect), and the multi-purpose aws-sdk-go,
// gocv, the AWS SDK v2 core module (none of its services) and Huawei
// Cloud's one module for every service (silent); vendor/modules.txt adds
// go-recognizer, which go.mod does not list, and repeats go-face (reported
// once, at go.mod). The modules under stubs/ are empty: only go.mod is
// read, and they let the go command load the module offline. Only
// internal/x reports, the first package of the module (the root holds
// only a tools.go excluded by its build tag and a test).
func TestAnalyzer(t *testing.T) {
	got := checktest.Run(t, "testdata/mod", nil, modrequire.Analyzer, "./...")
	checktest.Equal(t, got, []string{
		"go.mod:13:1: [face-detection] Pigo face detection: requirement github.com/esimov/pigo v1.4.6 (indirect) is a module that exists only for face detection [face-detection; EU AI Act Art. 3(34)]",
		"go.mod:6:2: [face-recognition] go-face (github.com/Kagami/go-face): requirement github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e (direct) is a module that exists only for face recognition [face-recognition; EU AI Act Art. 5(1)(e), 5(1)(h), Annex III 1(a)]",
		"vendor/modules.txt:4:1: [face-recognition] go-face go-recognizer (github.com/leandroveronezi/go-recognizer): requirement github.com/leandroveronezi/go-recognizer v1.1.0 (vendored, indirect) is a module that exists only for face recognition [face-recognition; EU AI Act Art. 5(1)(e), 5(1)(h), Annex III 1(a)]",
	})
}

// TestOtherPackagesAreSilent analyzes packages that are not the module's
// first: they report nothing, so a ./... run reports each requirement once.
func TestOtherPackagesAreSilent(t *testing.T) {
	checktest.Equal(t, checktest.Run(t, "testdata/mod", nil, modrequire.Analyzer, "./sub/..."), nil)
	abs, err := filepath.Abs("testdata/mod")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := modrequire.Reporter(abs), filepath.Join(abs, "internal", "x"); got != want {
		t.Errorf("Reporter = %s, want %s", got, want)
	}
	// A module reached through a link (the audit of a linked tree) has
	// the same reporter, under the link's name.
	link := filepath.Join(t.TempDir(), "mod")
	if err := os.Symlink(abs, link); err != nil {
		t.Fatal(err)
	}
	if got, want := modrequire.Reporter(link), filepath.Join(link, "internal", "x"); got != want {
		t.Errorf("Reporter through a link = %q, want %s", got, want)
	}
}

func TestVendorRequirements(t *testing.T) {
	data := "# a.example/m v1.0.0\n## explicit; go 1.20\na.example/m\n# b.example/n v0.2.0 => c.example/n v0.3.0\nb.example/n/p\n# d.example/local => ../local\n# e.example/o v1.1.0\r\n"
	got := modrequire.VendorRequirements([]byte(data))
	want := []modrequire.Requirement{
		{Path: "a.example/m", Version: "v1.0.0", Indirect: false, Start: 0, End: 20},
		{Path: "b.example/n", Version: "v0.2.0", Indirect: true, Start: 54, End: 96},
		{Path: "e.example/o", Version: "v1.1.0", Indirect: true, Start: 141, End: 161},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("requirement %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestGoModRequirementsPerContent changes a go.mod between two reads of
// the same name: the second read sees the new requirements, whatever was
// parsed before.
func TestGoModRequirementsPerContent(t *testing.T) {
	versions := func(data string) []string {
		reqs, err := modrequire.GoModRequirements("/m/go.mod", []byte(data))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range reqs {
			got = append(got, r.Path+"@"+r.Version)
		}
		return got
	}
	one := "module m\n\nrequire a.example/x v1.0.0\n"
	two := "module m\n\nrequire (\n\ta.example/x v1.1.0\n\tb.example/y v0.1.0 // indirect\n)\n"
	for _, c := range []struct {
		data string
		want []string
	}{
		{one, []string{"a.example/x@v1.0.0"}},
		{two, []string{"a.example/x@v1.1.0", "b.example/y@v0.1.0"}},
		{one, []string{"a.example/x@v1.0.0"}},
	} {
		if got := versions(c.data); !slices.Equal(got, c.want) {
			t.Errorf("GoModRequirements(%q) = %v, want %v", c.data, got, c.want)
		}
	}
	if _, err := modrequire.GoModRequirements("/m/go.mod", []byte("module m\nrequire (\n")); err == nil {
		t.Error("GoModRequirements of a broken go.mod: no error")
	}
}
