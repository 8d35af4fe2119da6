package provenance

import (
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// Tool is the program's version from its build information: the module
// version (a tag, when built with go install MODULE@vX.Y.Z; "(devel)" from
// a clone), and the VCS revision and state that go build stamps in a
// clone.
func Tool() output.Tool {
	t := output.Tool{Name: "biometriclint", Version: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return t
	}
	if bi.Main.Version != "" {
		t.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			t.Revision = s.Value
		case "vcs.modified":
			t.Modified = s.Value == "true"
		}
	}
	return t
}

// Date is the date of the report, RFC 3339 in UTC: SOURCE_DATE_EPOCH
// (seconds since 1970, the reproducible-builds convention) when set, so
// that two runs give the same bytes; the current time otherwise.
func Date() (string, error) {
	t := time.Now()
	if s, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return "", err
		}
		t = time.Unix(n, 0)
	}
	return t.UTC().Format(time.RFC3339), nil
}
