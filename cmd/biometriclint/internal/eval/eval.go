// Package eval scores an analyzer against the labelled evaluation set of
// testdata/eval (docs/evaluation.md): recall over the labelled units of
// biometric repositories, precision over every finding.
package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Label is one row of labels.tsv.
type Label struct {
	Repo, Commit, Path string
	From, To           int // lines; 0, 0 for the whole file
	Kind               string
	Category           string
	Why                string
}

// covers reports whether the label covers line of its file.
func (l Label) covers(line int) bool {
	return l.From == 0 || (l.From <= line && line <= l.To)
}

// ReadLabels reads labels.tsv.
func ReadLabels(name string) ([]Label, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Label
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		c := strings.Split(t, "\t")
		if len(c) != 7 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 7", name, n, len(c))
		}
		l := Label{Repo: c[0], Commit: c[1], Path: c[2], Kind: c[4], Category: c[5], Why: c[6]}
		if c[3] != "*" {
			from, to, ok := strings.Cut(c[3], "-")
			var e1, e2 error
			l.From, e1 = strconv.Atoi(from)
			l.To, e2 = strconv.Atoi(to)
			if !ok || e1 != nil || e2 != nil || l.From < 1 || l.To < l.From {
				return nil, fmt.Errorf("%s:%d: bad line range %q", name, n, c[3])
			}
		}
		switch l.Kind {
		case "unit", "region", "lookalike":
		default:
			return nil, fmt.Errorf("%s:%d: unknown kind %q", name, n, l.Kind)
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

// Finding is a finding's place, relative to its repository.
type Finding struct {
	Path string
	Line int
}

// Score is the result on one repository.
type Score struct {
	Repo      string
	Lookalike bool
	Units     int // labelled units
	Found     int // units with a finding
	Findings  int
	Right     int // findings in a unit or region
	Missed    []Label
	Wrong     []Finding
}

// Repos returns the repositories of labels, in order.
func Repos(labels []Label) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range labels {
		if !seen[l.Repo] {
			seen[l.Repo] = true
			out = append(out, l.Repo)
		}
	}
	return out
}

// ScoreRepo scores the findings made on one repository.
func ScoreRepo(repo string, labels []Label, findings []Finding) Score {
	s := Score{Repo: repo, Lookalike: true}
	var mine []Label
	for _, l := range labels {
		if l.Repo == repo {
			mine = append(mine, l)
			if l.Kind != "lookalike" {
				s.Lookalike = false
			}
		}
	}
	for _, l := range mine {
		if l.Kind != "unit" {
			continue
		}
		s.Units++
		if slices.ContainsFunc(findings, func(f Finding) bool { return f.Path == l.Path && l.covers(f.Line) }) {
			s.Found++
		} else {
			s.Missed = append(s.Missed, l)
		}
	}
	for _, f := range findings {
		s.Findings++
		if slices.ContainsFunc(mine, func(l Label) bool { return l.Kind != "lookalike" && l.Path == f.Path && l.covers(f.Line) }) {
			s.Right++
		} else {
			s.Wrong = append(s.Wrong, f)
		}
	}
	return s
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

// Write prints the scores as a Markdown table, the totals, and what was
// missed and wrong.
func Write(w io.Writer, scores []Score) {
	fmt.Fprintln(w, "| repository | kind | units found | recall | findings | right | precision |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	var units, found, findings, right, lookFindings int
	for _, s := range scores {
		kind := "biometric"
		if s.Lookalike {
			kind = "look-alike"
			lookFindings += s.Findings
		}
		fmt.Fprintf(w, "| %s | %s | %d/%d | %s | %d | %d | %s |\n", s.Repo, kind, s.Found, s.Units, ratio(s.Found, s.Units), s.Findings, s.Right, ratio(s.Right, s.Findings))
		units += s.Units
		found += s.Found
		findings += s.Findings
		right += s.Right
	}
	fmt.Fprintf(w, "| **total** | | %d/%d | %s | %d | %d | %s |\n", found, units, ratio(found, units), findings, right, ratio(right, findings))
	fmt.Fprintf(w, "\nFindings in look-alike repositories: %d.\n", lookFindings)
	fmt.Fprintln(w, "\nMissed units:")
	for _, s := range scores {
		for _, l := range s.Missed {
			fmt.Fprintf(w, "- %s %s:%d-%d (%s): %s\n", s.Repo, l.Path, l.From, l.To, l.Category, l.Why)
		}
	}
	fmt.Fprintln(w, "\nFindings outside the labels:")
	for _, s := range scores {
		sort.Slice(s.Wrong, func(i, j int) bool {
			if s.Wrong[i].Path != s.Wrong[j].Path {
				return s.Wrong[i].Path < s.Wrong[j].Path
			}
			return s.Wrong[i].Line < s.Wrong[j].Line
		})
		for _, f := range s.Wrong {
			fmt.Fprintf(w, "- %s %s:%d\n", s.Repo, filepath.ToSlash(f.Path), f.Line)
		}
	}
}
