package binary

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
	"github.com/biometriclint/biometriclint/analyzers/endpoint"
	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/binary/bintest"
)

// readAll reads everything the readers can of data as an executable, and
// returns it as text, for comparing two reads.
func readAll(cat *catalog.Catalog, m *stringMatcher, data []byte) string {
	exes, err := Open(bytes.NewReader(data), int64(len(data)))
	out := fmt.Sprint(err)
	for _, x := range exes {
		l, err := matchFuncs(cat, x)
		out += fmt.Sprint(x.Format, x.GOOS, x.GOARCH, x.BuildErr, err)
		if err == nil {
			out += fmt.Sprint(len(l.symbols), len(l.packages), l.reflectMethods)
		}
		hits, err := x.scanStrings(m)
		x.findEmbedded(hits)
		out += fmt.Sprint(err)
		for _, h := range hits {
			out += fmt.Sprintf(" %q %d %q %d", h.text, h.off, h.embedded, h.embeddedSize)
		}
	}
	return out
}

// FuzzExecutable feeds arbitrary bytes to the executable readers (headers,
// build info, function table, data sections, embed records): never a
// panic, the same result twice.
func FuzzExecutable(f *testing.F) {
	exe := bintest.Build(f, "faces", "linux", "amd64", true)
	data, err := os.ReadFile(exe)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data[:64<<10])
	f.Add(data[:4096])
	for _, head := range []string{"\x7fELF\x02\x01\x01", "MZ\x90\x00", "\xcf\xfa\xed\xfe\x0c\x00\x00\x01", "\xca\xfe\xba\xbe\x00\x00\x00\x02"} {
		f.Add(append([]byte(head), make([]byte, 256)...))
	}
	f.Add(pclntabSeed())
	cat := catalog.Default()
	m := newStringMatcher(cat)
	f.Fuzz(func(t *testing.T, data []byte) {
		if a, b := readAll(cat, m, data), readAll(cat, m, data); a != b {
			t.Fatalf("two reads differ:\n%s\n%s", a, b)
		}
	})
}

// pclntabSeed is a small Go 1.20 function table with two names.
func pclntabSeed() []byte {
	names := []byte("main.main\x00github.com/esimov/pigo/core.NewPigo\x00")
	b := make([]byte, 8+8*8)
	binary.LittleEndian.PutUint32(b, magic120)
	b[6], b[7] = 1, 8
	binary.LittleEndian.PutUint64(b[8+3*8:], uint64(len(b)))
	binary.LittleEndian.PutUint64(b[8+4*8:], uint64(len(b)+len(names)))
	return append(b, names...)
}

// FuzzPclntab reads arbitrary bytes as a function table: every name it
// yields lies in the table, and two reads agree.
func FuzzPclntab(f *testing.F) {
	f.Add(pclntabSeed())
	f.Add(pclntabSeed()[:70])
	f.Fuzz(func(t *testing.T, data []byte) {
		read := func() (string, error) {
			x := &Executable{r: bytes.NewReader(data), order: binary.LittleEndian, ptrSize: 8,
				pclntab: region{name: "pclntab", size: int64(len(data))}}
			var out bytes.Buffer
			err := x.FuncNames(func(name []byte) {
				if !bytes.Contains(data, name) {
					t.Fatalf("name %q is not in the table", name)
				}
				out.Write(name)
				out.WriteByte(0)
			})
			return out.String(), err
		}
		a, errA := read()
		b, errB := read()
		if a != b || fmt.Sprint(errA) != fmt.Sprint(errB) {
			t.Fatalf("two reads differ")
		}
	})
}

// FuzzFuncName splits arbitrary function names: never a panic, and a name
// that splits has a package and something to look up.
func FuzzFuncName(f *testing.F) {
	for _, s := range []string{
		"github.com/aws/aws-sdk-go-v2/service/rekognition.(*Client).DetectFaces",
		"github.com/aws/aws-sdk-go-v2/service/rekognition.(*Client).DetectFaces.func1",
		"gopkg.in/yaml%2ev3.(*decoder).unmarshal",
		"example.com/g.Map[go.shape.struct { X example.com/h.T }].Get",
		"type:.eq.example.com/p.T", "main.main", "(*", "a.(*", "x/y.", "%", "[/].",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fn, ok := parseFuncName([]byte(s))
		if ok && (fn.pkg == "" || len(fn.keys) == 0 || fn.shown == "") {
			t.Fatalf("%q split into %+v", s, fn)
		}
	})
}

// FuzzStrings scans arbitrary data for catalogued strings: every string
// found is what the data holds where it was found.
func FuzzStrings(f *testing.F) {
	f.Add([]byte("xxhttps://api-us.faceplusplus.com/facepp/v3/detectnet/http: x"))
	f.Add([]byte("RekognitionService.DetectFacescascade/facefinderhaarcascade_frontalface_default.xml"))
	f.Add([]byte("%s/face/v1.0/detect?returnFaceAttributes=emotionHTTPS://API.KAIROS.COM/enroll"))
	m := newStringMatcher(catalog.Default())
	f.Fuzz(func(t *testing.T, data []byte) {
		m.scan(data, len(data), func(at int, text string, _ *endpoint.Match, _ *catalog.ModelFile) {
			if at < 0 || !bytes.HasPrefix(data[at:], []byte(text)) {
				t.Fatalf("found %q at %d, which holds something else", text, at)
			}
		})
	})
}
