package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

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

// New decodes the plugin settings golangci-lint passes verbatim from
// .golangci.yml.
func New(conf any) (register.LinterPlugin, error) {
	return &plugin{analyzers: suite.Analyzers()}, nil
}

// BuildAnalyzers returns the enabled analyzers.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode returns the cheapest load mode the enabled analyzers accept.
func (p *plugin) GetLoadMode() string {
	return loadMode(p.analyzers)
}
