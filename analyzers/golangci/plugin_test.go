package golangci

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// newPlugin builds the registered plugin from settings as golangci-lint
// does.
func newPlugin(t *testing.T, conf any) (register.LinterPlugin, error) {
	t.Helper()
	newFn, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatal(err)
	}
	return newFn(conf)
}

func names(t *testing.T, p register.LinterPlugin) []string {
	t.Helper()
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestSettings(t *testing.T) {
	var all []string
	for _, a := range suite.Analyzers() {
		all = append(all, a.Name)
	}
	off := map[string]any{}
	for _, n := range all {
		if n != "sdkimport" {
			off[n] = false
		}
	}
	for _, tc := range []struct {
		name      string
		conf      any
		analyzers []string
		mode      string
	}{
		{"no settings", nil, all, register.LoadModeTypesInfo},
		{"empty settings", map[string]any{}, all, register.LoadModeTypesInfo},
		{"sdkimport only", map[string]any{"analyzers": off}, []string{"sdkimport"}, register.LoadModeSyntax},
		{"sdksymbol off", map[string]any{"analyzers": map[string]any{"sdksymbol": false}},
			slices.DeleteFunc(slices.Clone(all), func(n string) bool { return n == "sdksymbol" }), register.LoadModeTypesInfo},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newPlugin(t, tc.conf)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(t, p); !slices.Equal(got, tc.analyzers) {
				t.Errorf("analyzers %v, want %v", got, tc.analyzers)
			}
			if got := p.GetLoadMode(); got != tc.mode {
				t.Errorf("load mode %s, want %s", got, tc.mode)
			}
		})
	}
}

// TestBadSettings checks that settings golangci-lint passes are checked
// as strictly as .biometriclint.yml.
func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		conf any
		want string // in the error
	}{
		{"unknown key", map[string]any{"colour": "red"}, `unknown field "colour"`},
		{"unknown analyzer", map[string]any{"analyzers": map[string]any{"nosuch": true}}, `unknown analyzer "nosuch"`},
		{"bad severity", map[string]any{"severity": map[string]any{"face-detection": "loud"}}, `unknown severity "loud"`},
		{"not a map", []any{"sdkimport"}, "biometriclint settings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newPlugin(t, tc.conf)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New(%v) = %v, %v; want an error containing %q", tc.conf, p, err, tc.want)
			}
		})
	}
}
