package problems

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/biometriclint/biometriclint/cmd/biometriclint/internal/output"
)

// cause is one root cause and what it reaches.
type cause struct {
	key     string // identity: the same cause found in two packages is one line
	where   string // the package (or directory, or file position) it is in
	reason  string
	affects []string // root packages that are analysed without it
	more    int      // further errors of the same cause
}

// FromPackages returns one problem per root cause of the errors of pkgs and
// of their dependencies, and the raw messages, package by package, for -v.
// A package whose own errors are type errors and one of whose dependencies
// has a root cause is not listed on its own: its errors follow from that
// cause, which names it among the packages it affects. rename names files
// (relative to the working directory).
func FromPackages(pkgs []*packages.Package, rename func(string) string) ([]*output.Problem, []string) {
	posName := renamePos(rename)
	var raw []string
	own := map[*packages.Package][]*cause{} // root causes in the package itself
	var order []*packages.Package
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			raw = append(raw, p.ID+": "+e.Error())
		}
		if len(p.Errors) > 0 {
			own[p] = classify(p, posName)
			order = append(order, p)
		}
	})
	// below returns the root causes in p's dependencies, transitively:
	// p's own type errors follow from them.
	memo := map[*packages.Package][]*cause{}
	var below func(p *packages.Package) []*cause
	below = func(p *packages.Package) []*cause {
		if cs, ok := memo[p]; ok {
			return cs
		}
		memo[p] = nil // an import cycle is an error of its own; do not loop on it
		var cs []*cause
		for _, imp := range sortedImports(p) {
			for _, c := range append(own[imp], below(imp)...) {
				if !slices.Contains(cs, c) {
					cs = append(cs, c)
				}
			}
		}
		memo[p] = cs
		return cs
	}
	byKey := map[string]*cause{}
	var out []*cause
	add := func(c *cause) *cause {
		if prev, ok := byKey[c.key]; ok {
			prev.more += c.more
			return prev
		}
		byKey[c.key] = c
		out = append(out, c)
		return c
	}
	for _, p := range order {
		deps := below(p)
		for i, c := range own[p] {
			if c.key == typeKey(p) && len(deps) > 0 {
				continue // type errors that a dependency's cause explains
			}
			own[p][i] = add(c)
		}
	}
	for _, p := range pkgs {
		for _, c := range below(p) {
			c = byKey[c.key]
			if id := baseID(p); c != nil && c.where != id && !slices.Contains(c.affects, id) {
				c.affects = append(c.affects, id)
			}
		}
	}
	var problems []*output.Problem
	for _, c := range out {
		reason := c.reason
		if len(c.affects) > 0 {
			slices.Sort(c.affects)
			reason += "; affects " + list(c.affects)
		}
		problems = append(problems, &output.Problem{Package: c.where, Reason: reason})
	}
	return problems, raw
}

func sortedImports(p *packages.Package) []*packages.Package {
	var imps []*packages.Package
	for _, imp := range p.Imports {
		imps = append(imps, imp)
	}
	slices.SortFunc(imps, func(a, b *packages.Package) int { return cmp.Compare(a.ID, b.ID) })
	return imps
}

// list names at most 5 packages, and how many more.
func list(ids []string) string {
	const most = 5
	if len(ids) <= most {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:most], ", ") + fmt.Sprintf(" and %d more", len(ids)-most)
}

func typeKey(p *packages.Package) string { return "types\x00" + baseID(p) }

// baseID is p's ID without its test variant's suffix: a package and its
// test variant ("p [p.test]") share their files, and their errors.
func baseID(p *packages.Package) string {
	id, _, _ := strings.Cut(p.ID, " [")
	return id
}

var (
	pkgConfigRE = regexp.MustCompile(`Package '?([^' ]+)'? was not found in the pkg-config search path`)
	headerRE    = regexp.MustCompile(`fatal error: ([^:\s]+): No such file or directory`)
	compilerRE  = regexp.MustCompile(`exec: "([^"]+)": executable file not found`)
	getLineRE   = regexp.MustCompile(`(?m)^\s*(go (?:get|mod download) [^\n]+)$`)
	noProvideRE = regexp.MustCompile(`(?:no required module provides package|cannot find module providing package|missing go.sum entry for module providing package) (\S+?)[;:]?(?:\s|$)`)
	lookupRE    = regexp.MustCompile(`^(?:go: )?(\S+@[^\s/:]+): (.*)$`) // module@version, not a file in the module cache
)

// classify returns the root causes of p's own errors: at most one per
// kind, the first error of each kind and how many more there are.
func classify(p *packages.Package, rename func(string) string) []*cause {
	var cs []*cause
	byKey := map[string]*cause{}
	addCause := func(key, where, reason string) {
		if c, ok := byKey[key]; ok {
			c.more++
			return
		}
		c := &cause{key: key, where: where, reason: reason}
		byKey[key] = c
		cs = append(cs, c)
	}
	cgoBroken := false
	for _, e := range p.Errors {
		msg := Clean(e.Msg)
		if strings.Contains(msg, "build constraints exclude all Go files") {
			// Reported or not depending on the state of the go command's
			// cache (seen in the sweep); the run lists such directories
			// itself (unbuilt) and the audit analyses their files.
			continue
		}
		switch {
		case pkgConfigRE.MatchString(msg):
			lib := pkgConfigRE.FindStringSubmatch(msg)[1]
			cgoBroken = true
			addCause("pkg-config\x00"+lib, baseID(p), fmt.Sprintf("cgo: C library %s not found by pkg-config: install its development files (the package that provides %s.pc), or run biometriclint audit, which builds nothing", lib, lib))
		case headerRE.MatchString(msg):
			h := headerRE.FindStringSubmatch(msg)[1]
			cgoBroken = true
			addCause("header\x00"+h, baseID(p), fmt.Sprintf("cgo: C header %s not found: install the development files of the C library that provides it, or run biometriclint audit, which builds nothing", h))
		case compilerRE.MatchString(msg):
			cc := compilerRE.FindStringSubmatch(msg)[1]
			cgoBroken = true
			addCause("compiler\x00"+cc, baseID(p), fmt.Sprintf("cgo: C compiler %s not found: install it, or run biometriclint audit, which builds nothing", cc))
		case noProvideRE.MatchString(msg):
			path := noProvideRE.FindStringSubmatch(msg)[1]
			addCause("module\x00"+path, path, moduleReason(path, msg))
		case e.Kind == packages.ListError && lookupRE.MatchString(firstLine(msg)):
			m := lookupRE.FindStringSubmatch(firstLine(msg))
			addCause("module\x00"+m[1], m[1], fmt.Sprintf("module %s is not in the module cache (%s): run \"go mod download %s\" with the module proxy reachable", m[1], m[2], m[1]))
		case e.Kind == packages.ListError && strings.Contains(msg, "module lookup disabled by GOPROXY=off"):
			addCause("module\x00"+baseID(p), baseID(p), fmt.Sprintf("the module providing %s is not in the module cache, and GOPROXY=off forbids fetching it: run \"go mod download\" in the module with the module proxy reachable", baseID(p)))
		case strings.Contains(msg, "does not contain main module") || strings.Contains(msg, "go.mod file not found"):
			addCause("nomod\x00"+baseID(p), baseID(p), NoModule(baseID(p)))
		case e.Kind == packages.ParseError, e.Kind == packages.ListError && strings.Contains(msg, "syntax error"):
			if e.Kind == packages.ListError && hasParseError(p) {
				continue // the go command's report of the same parse errors
			}
			addCause("syntax\x00"+baseID(p), baseID(p), rename(position(e))+"syntax error: "+firstLine(msg))
		case e.Kind == packages.TypeError:
			if cgoBroken && strings.Contains(msg, `could not import C`) {
				continue
			}
			addCause(typeKey(p), baseID(p), rename(position(e))+firstLine(msg))
		default:
			if e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				// The go command's build output repeats the type errors.
				if len(p.Errors) > 1 {
					continue
				}
			}
			addCause("other\x00"+baseID(p), baseID(p), rename(position(e))+firstLine(strings.TrimPrefix(msg, "-: ")))
		}
	}
	if cgoBroken {
		// Type errors of a package whose cgo part did not build follow
		// from that.
		cs = slices.DeleteFunc(cs, func(c *cause) bool { return c.key == typeKey(p) })
	} else if c := byKey[typeKey(p)]; c != nil && p.Module != nil && !p.Module.Main && needsCgo(p) {
		c.key = "cgo\x00" + baseID(p)
		c.reason = "cgo is off (CGO_ENABLED=0) and this package needs it: its C part is left out, so it and the packages that use it do not fully type-check (with cgo on, it needs its C library)"
		c.more = 0
	}
	for _, c := range cs {
		if c.more > 0 && (strings.HasPrefix(c.key, "types\x00") || strings.HasPrefix(c.key, "syntax\x00") || strings.HasPrefix(c.key, "other\x00")) {
			c.reason += fmt.Sprintf(" (and %d more)", c.more)
		}
		c.more = 0
	}
	return cs
}

// moduleReason says that the module providing path is missing, and gives
// the command that fetches it: the go command's own suggestion when it
// makes one (a message cut before its "go get" line says nothing).
func moduleReason(path, msg string) string {
	cmd := "go get " + path
	if m := getLineRE.FindStringSubmatch(msg); m != nil {
		cmd = strings.TrimSpace(m[1])
	}
	why := "no module in go.mod provides it"
	switch {
	case strings.Contains(msg, "missing go.sum entry"):
		why = "go.sum has no checksum for its module"
	case strings.Contains(msg, "GOPROXY=off"):
		why = "no module in the module cache provides it, and GOPROXY=off forbids fetching one"
	}
	return fmt.Sprintf("package not found: %s: run %q in the module, then run biometriclint again", why, cmd)
}

// NoModule explains a directory outside any module.
func NoModule(dir string) string {
	return fmt.Sprintf("no go.mod in this directory or above it: the go command loads only the packages of a module; run \"go mod init MODULE-PATH\" at the root of the code, or run biometriclint audit %s, which needs no go.mod", dir)
}

// FromLoad explains an error of packages.Load itself, for the patterns
// run in dir: a missing go.mod, a pattern the go command rejects, a go.mod
// it cannot read or a Go version it does not have. Nothing of dir is
// analysed then, so the reason names the audit, which reads the code
// without the go command, unless it does already.
func FromLoad(err error, dir string) *output.Problem {
	msg := Clean(err.Error())
	if strings.Contains(msg, "go.mod file not found") || strings.Contains(msg, "does not contain main module") {
		return &output.Problem{Package: dir, Reason: NoModule(dir)}
	}
	reason := "the go command failed: " + Summary(msg)
	if !strings.Contains(reason, "biometriclint audit") {
		reason += fmt.Sprintf("; nothing under it is analysed: fix that and run again, or run biometriclint audit %s, which needs no go command", dir)
	}
	return &output.Problem{Package: dir, Reason: reason}
}

// Summary is msg in one line, without the go command's framing: its first
// line, and the next one when the first announces it ("errors parsing
// go.mod:", "to add:" before the command that fixes it).
func Summary(msg string) string {
	msg = Clean(msg)
	line := firstLine(msg)
	if rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(msg), line)); strings.HasSuffix(line, ":") && rest != "" {
		line += " " + firstLine(rest)
	}
	return relPaths(line)
}

// relPaths shortens the absolute file names under the working directory
// in a message, as file names are shortened everywhere else.
func relPaths(msg string) string {
	wd, err := os.Getwd()
	if err != nil {
		return msg
	}
	return strings.ReplaceAll(msg, wd+string(filepath.Separator), "")
}

// wrapperRE is the framing go/packages puts around the go command's
// standard error.
var wrapperRE = regexp.MustCompile(`^(?:err: )?(?:exit status \d+: )?(?:stderr: )?`)

// Clean removes the go command's framing from msg: the go/packages
// wrapper, "go: " prefixes and "# package" headers.
func Clean(msg string) string {
	msg = wrapperRE.ReplaceAllString(strings.TrimSpace(msg), "")
	var lines []string
	for line := range strings.Lines(msg) {
		line = strings.TrimRight(line, "\n")
		if strings.HasPrefix(line, "# ") && len(lines) == 0 {
			continue
		}
		lines = append(lines, strings.TrimPrefix(line, "go: "))
	}
	return strings.Join(lines, "\n")
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// position is e's position followed by ": ", or nothing.
func position(e packages.Error) string {
	if e.Pos == "" || e.Pos == "-" {
		return ""
	}
	return e.Pos + ": "
}

func hasParseError(p *packages.Package) bool {
	return slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind == packages.ParseError })
}

// needsCgo reports whether one of the files the build left out of p
// imports "C": with cgo off, its declarations are missing.
func needsCgo(p *packages.Package) bool {
	for _, f := range p.IgnoredFiles {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err == nil && strings.Contains(string(data), "\nimport \"C\"") {
			return true
		}
	}
	return false
}

// renamePos returns a function that renames the file of a position
// "file:line:col: ", keeping its line and column.
func renamePos(rename func(string) string) func(string) string {
	return func(pos string) string {
		if pos == "" {
			return ""
		}
		file, rest := pos, ""
		// Split "file:line:col: " from the right: the file may hold colons.
		trimmed := strings.TrimSuffix(pos, ": ")
		parts := strings.Split(trimmed, ":")
		if n := len(parts); n >= 3 {
			file, rest = strings.Join(parts[:n-2], ":"), ":"+parts[n-2]+":"+parts[n-1]
		} else if n == 2 {
			file, rest = parts[0], ":"+parts[1]
		} else {
			file = trimmed
		}
		out := filepath.ToSlash(rename(file)) + rest
		if strings.HasSuffix(pos, ": ") {
			out += ": "
		}
		return out
	}
}
