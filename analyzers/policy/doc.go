// Package policy is biometriclint's configuration: what a team allows,
// why, and what fails a run. It holds the one settings schema shared by the
// command (.biometriclint.yml) and the golangci-lint plugin, the inline
// suppression directives, and the decision taken on every finding.
//
// docs/configuration.md documents the file for users; a test keeps its
// complete example loadable.
//
// # Settings
//
// Find locates .biometriclint.yml by walking up from a directory; Load
// (or Parse) reads it strictly: unknown keys, malformed values, unknown
// categories, vendors, entries and symbols, allow rules without a reason
// and bad dates are errors located by file:line. Decode reads the same
// schema from golangci-lint's plugin settings (keys lower-cased, decoded as
// JSON). Settings.Compile turns settings into a *Policy.
//
// # Decisions
//
// Policy.Decide gives the verdict on one finding at a given time: its
// severity (error, warning or off), whether an exclude glob turned it off,
// whether a //biometriclint:allow directive or an allow rule suppressed it,
// with the justification and where it is written, and notes on the allow
// rules that matched but expired. A suppressed finding keeps its severity:
// reports show what was allowed and how serious it is.
//
// # Contract with drivers
//
// The analyzers make every finding a record (analyzers/finding) and report
// it through the run's configuration, the result of the config analyzer
// (analyzers/config). By default it has no policy: every finding reaches
// the pass, so analysistest and go vet see them all. A driver that applies
// a policy binds its analyzers to one, before any analysis:
//
//	s, err := policy.Load(path)               // or policy.Decode(conf) in the golangci plugin
//	p, err := s.Compile(policy.Options{})     // Root, Catalog, Now: defaults are fine
//	analyzers, err := p.Select(suite.Analyzers())
//	cfg, ledger := p.Config()
//	analyzers = config.Bind(cfg, analyzers)
//
// The bound analyzers see the policy's catalog (with the settings' extra
// entries) and hand every finding to the Ledger, which decides it. Findings
// that are off (category off, excluded path) or suppressed never reach
// pass.Report: text and JSON output, go vet and golangci-lint do not show
// them. Shown findings reach pass.Report unchanged, except that notes on
// expired allow rules are appended to the message. Nothing is installed
// process-wide.
//
// After the analysis, ledger.Decisions() returns every finding of the run
// (deduplicated, sorted), shown or not, each with its record (Finding),
// Diagnostic, Analyzer,
// Severity and, when suppressed, Justification, Source and
// SuppressionKind ("inSource" for a directive, "external" for an allow
// rule): SARIF keeps suppressed findings under "suppressions" with the
// justification, and the audit reports list them. Findings that are Off are
// recorded too (Severity Off) but belong in no report.
//
// The directive analyzer (analyzers/directive) reports malformed
// directives wherever it runs, and returns every directive of a package as
// its result. A driver that sees every finding then calls
// Policy.Unused(directives, ledger.Decisions()) to report the directives
// that suppress nothing, and ExitCode(decisions, problems, failOn) for the
// exit status: 3 (ExitFindings) when a shown finding has a severity that
// fail-on fails on (error by default; warning too with fail-on warning;
// never with fail-on never) or when directives have problems, 0 otherwise.
// The policy's own fail-on is Policy.FailOn; a -fail-on flag checked with
// ParseFailOn overrides it.
package policy
