package golangci

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

func TestLoadMode(t *testing.T) {
	byName := map[string]*analysis.Analyzer{}
	for _, a := range suite.Analyzers() {
		byName[a.Name] = a
	}
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"sdkimport"}, register.LoadModeSyntax},
		{[]string{"discover", "cgolib"}, register.LoadModeSyntax},
		{[]string{"sdksymbol"}, register.LoadModeTypesInfo},
		{[]string{"sdkimport", "sdksymbol"}, register.LoadModeTypesInfo},
		{nil, register.LoadModeSyntax},
	} {
		var as []*analysis.Analyzer
		for _, n := range tc.names {
			as = append(as, byName[n])
		}
		if got := loadMode(as); got != tc.want {
			t.Errorf("loadMode(%v) = %s, want %s", tc.names, got, tc.want)
		}
	}
	// An analyzer the table does not know needs type information.
	if got := loadMode([]*analysis.Analyzer{{Name: "unknown"}}); got != register.LoadModeTypesInfo {
		t.Errorf("loadMode(unknown) = %s, want %s", got, register.LoadModeTypesInfo)
	}
}
