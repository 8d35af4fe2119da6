package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary/bintest"
)

// binaryDir makes a directory with the faces program (linux/amd64), the
// silent labels program (stripped), and an image tarball holding faces,
// labels, a program its second layer deletes and /bin/true.
func binaryDir(t *testing.T) string {
	t.Helper()
	faces := bintest.Build(t, "faces", "linux", "amd64", false)
	labels := bintest.Build(t, "labels", "linux", "amd64", true)
	dir := t.TempDir()
	for name, from := range map[string]string{"faces": faces, "labels": labels} {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	img := bintest.Image(t,
		bintest.Layer(t,
			bintest.File{Path: "usr/local/bin/faces", From: faces},
			bintest.File{Path: "usr/local/bin/old", From: faces},
			bintest.File{Path: "bin/true", From: "/bin/true"},
		),
		bintest.Layer(t,
			bintest.File{Path: "usr/local/bin/.wh.old"},
			bintest.File{Path: "app/labels", From: labels},
		),
	)
	bintest.Tarball(t, filepath.Join(dir, "image.tar"), "example.com/faces:1", img)
	return dir
}

// volatile matches what depends on the toolchain that built the test
// programs: sizes, digests, the Go version.
var volatile = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\d+ bytes, sha256 [0-9a-f]{64}`), "SIZE bytes, sha256 SHA256"},
	{regexp.MustCompile(`sha256:[0-9a-f]{64}`), "sha256:DIGEST"},
	{regexp.MustCompile(`go1\.[0-9]+(\.[0-9]+)?`), "GOVERSION"},
}

func normalise(s string) string {
	for _, v := range volatile {
		s = v.re.ReplaceAllString(s, v.with)
	}
	return s
}

// TestBinaryGolden runs biometriclint binary on two programs and an image,
// in the text and JSON formats, and compares the whole outputs with the
// golden files (toolchain-dependent sizes and digests replaced).
func TestBinaryGolden(t *testing.T) {
	dir := binaryDir(t)
	args := []string{"faces", "labels", "image.tar"}
	text := run(t, dir, nil, append([]string{"binary"}, args...)...)
	if text.code != 3 {
		t.Errorf("text: exit code %d, want 3", text.code)
	}
	// Findings on standard output, what was read and what could not be
	// on standard error.
	golden(t, "binary.txt", normalise(text.stdout))
	golden(t, "binary-text.stderr", normalise(text.stderr))
	js := run(t, dir, nil, append([]string{"binary", "-format", "json"}, args...)...)
	if js.code != 1 { // /bin/true in the image was not examined
		t.Errorf("json: exit code %d, want 1", js.code)
	}
	golden(t, "binary.json", normalise(js.stdout))
	golden(t, "binary.stderr", normalise(js.stderr))
	// Same input, same bytes.
	if again := run(t, dir, nil, append([]string{"binary", "-format", "json"}, args...)...); again != js {
		t.Errorf("two runs differ")
	}
}

// TestBinaryFormatsAndPolicy runs the other formats, and a policy that
// makes face detection a warning and allows CompareFaces: the same exit
// codes as the other commands.
func TestBinaryFormatsAndPolicy(t *testing.T) {
	dir := binaryDir(t)
	for _, f := range []struct {
		format string
		code   int
	}{{"sarif", 0}, {"markdown", 3}, {"html", 3}} {
		res := run(t, dir, nil, "binary", "-format", f.format, "faces")
		if res.code != f.code || res.stdout == "" {
			t.Errorf("%s: exit code %d, want %d; %d bytes of output; stderr:\n%s", f.format, res.code, f.code, len(res.stdout), res.stderr)
		}
	}
	config := filepath.Join(dir, "policy.yml")
	err := os.WriteFile(config, []byte(`severity:
  face-detection: warning
allow:
  - symbol: github.com/aws/aws-sdk-go-v2/service/rekognition.Client.CompareFaces
    reason: One-to-one verification at onboarding, with consent.
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, nil, "binary", "-config", config, "faces")
	if res.code != 0 {
		t.Errorf("policy: exit code %d, want 0 (only warnings left); stderr:\n%s", res.code, res.stderr)
	}
	golden(t, "binary-policy.txt", normalise(res.stdout+res.stderr))
	// SARIF keeps the suppressed finding with its justification, and the
	// executable as an artifact with its length and SHA-256.
	sres := run(t, dir, nil, "binary", "-config", config, "-format", "sarif", "faces")
	var log struct {
		Runs []struct {
			Artifacts []struct {
				Location struct{ URI string }
				Length   int64
				Hashes   map[string]string
			}
			Results []struct {
				Message      struct{ Text string }
				Suppressions []struct{ Kind, Justification string }
			}
		}
	}
	if err := json.Unmarshal([]byte(sres.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF: %v\n%s", err, sres.stdout)
	}
	fi, err := os.Stat(filepath.Join(dir, "faces"))
	if err != nil {
		t.Fatal(err)
	}
	arts := log.Runs[0].Artifacts
	if len(arts) != 1 || arts[0].Location.URI != "faces" || arts[0].Length != fi.Size() || len(arts[0].Hashes["sha-256"]) != 64 {
		t.Errorf("SARIF artifacts: %+v", arts)
	}
	var suppressed []string
	for _, r := range log.Runs[0].Results {
		for _, sp := range r.Suppressions {
			suppressed = append(suppressed, sp.Kind+": "+sp.Justification+": "+r.Message.Text[:strings.Index(r.Message.Text, " [")])
		}
	}
	want := "external: One-to-one verification at onboarding, with consent. (" + config + ":4): AWS Rekognition (AWS SDK for Go v2): rekognition.(*Client).CompareFaces compares a face with the faces in another image to verify identity"
	if len(suppressed) != 1 || suppressed[0] != want || len(log.Runs[0].Results) != 9 {
		t.Errorf("SARIF: %d results, suppressions %q, want 9 and [%q]", len(log.Runs[0].Results), suppressed, want)
	}
	if res := run(t, dir, nil, "binary", "-config", config, "-fail-on", "warning", "faces"); res.code != 3 {
		t.Errorf("policy, -fail-on warning: exit code %d, want 3", res.code)
	}
	if res := run(t, dir, nil, "binary", "-sdksymbol=false", "-endpoint=false", "-modelfile=false", "-sdkimport=false", "-modrequire=false", "faces"); res.code != 0 {
		t.Errorf("every analyzer off: exit code %d, want 0; stderr:\n%s", res.code, res.stderr)
	}
	if res := run(t, dir, nil, "binary", "missing"); res.code != 1 || res.stderr != "biometriclint: not fully analysed:\n\tmissing: no such file or directory\n" {
		t.Errorf("missing file: exit code %d, stderr %q", res.code, res.stderr)
	}
}
