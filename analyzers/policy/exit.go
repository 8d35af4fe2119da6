package policy

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// Exit codes of the command, for CI.
const (
	ExitClean    = 0 // nothing fails the run
	ExitFindings = 3 // reported findings at or above the fail-on severity, or directive problems
)

// Problem is a defect of a directive: malformed, or suppressing nothing.
type Problem struct {
	Pos     token.Position
	Message string
}

// Unused returns the valid directives that suppressed none of the
// decisions, ordered by position, skipping directives in excluded paths.
// Only a driver that sees every finding of a run can tell (not go vet, not
// golangci-lint): directives come from the directive analyzer's results,
// decisions from the Ledger. A directive met twice (a file in a package and
// its test variant) is reported once.
func (p *Policy) Unused(directives []Directive, decisions []Decision) []Problem {
	used := map[token.Position]bool{}
	for _, d := range decisions {
		if d.Directive != nil {
			used[d.Directive.Pos] = true
		}
	}
	var out []Problem
	seen := map[token.Position]bool{}
	for _, dir := range directives {
		if !dir.Valid() || used[dir.Pos] || seen[dir.Pos] || p.excluded(dir.Pos.Filename) {
			continue
		}
		seen[dir.Pos] = true
		out = append(out, Problem{dir.Pos, fmt.Sprintf(
			"%s %s suppresses nothing: remove it, or put it on the finding's line or the line above",
			allowDirective, strings.Join(dir.IDs, ","))})
	}
	slices.SortFunc(out, func(a, b Problem) int { return comparePos(a.Pos, b.Pos) })
	return out
}

func (p *Policy) excluded(filename string) bool {
	rel := p.rel(filename)
	for _, g := range p.exclude {
		if rel != "" && g.match(rel) {
			return true
		}
	}
	return false
}

// ExitCode is the exit code of a run: ExitFindings when a reported finding
// has a severity that failOn fails on (error; also warning with
// FailOnWarning; nothing with FailOnNever), or when there are directive
// problems (unless FailOnNever); ExitClean otherwise. Suppressed and off
// findings never fail a run. Load and analysis errors are the driver's
// (exit 1).
func ExitCode(decisions []Decision, problems []Problem, failOn FailOn) int {
	if failOn == FailOnNever {
		return ExitClean
	}
	if len(problems) > 0 {
		return ExitFindings
	}
	for _, d := range decisions {
		if d.Reported() && failOn.fails(d.Severity) {
			return ExitFindings
		}
	}
	return ExitClean
}
