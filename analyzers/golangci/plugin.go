package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/biometriclint/biometriclint/analyzers/config"
	"github.com/biometriclint/biometriclint/analyzers/policy"
	"github.com/biometriclint/biometriclint/analyzers/suite"
)

// Name is the linter name in .golangci.yml and in //nolint comments.
const Name = "biometriclint"

func init() {
	register.Plugin(Name, New)
}

// plugin is the register.LinterPlugin golangci-lint builds from settings.
type plugin struct {
	analyzers []*analysis.Analyzer
}

// New reads the plugin settings golangci-lint passes from .golangci.yml
// (linters.settings.custom.biometriclint.settings) with the schema and
// checks of .biometriclint.yml, and binds the analyzers to the
// configuration the policy makes, so that allow rules, severities and
// //biometriclint:allow directives apply inside golangci-lint too. Path globs are relative to the directory
// golangci-lint runs in.
func New(conf any) (register.LinterPlugin, error) {
	s, err := policy.Decode(conf)
	if err != nil {
		return nil, err
	}
	p, err := s.Compile(policy.Options{})
	if err != nil {
		return nil, err
	}
	analyzers, err := p.Select(suite.Analyzers())
	if err != nil {
		return nil, err
	}
	cfg, _ := p.Config()
	return &plugin{analyzers: placeRelated(config.Bind(cfg, analyzers))}, nil
}

// BuildAnalyzers returns the analyzers the settings leave on.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode returns the cheapest load mode the enabled analyzers accept.
func (p *plugin) GetLoadMode() string {
	return loadMode(p.analyzers)
}
