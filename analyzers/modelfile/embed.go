package modelfile

import (
	"go/ast"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Embed is one //go:embed directive and the variable it fills.
type Embed struct {
	Comment  *ast.Comment
	Var      *ast.Ident // the variable the files are embedded in
	Patterns []string
}

// Embeds returns the //go:embed directives of f that precede a variable,
// as the go command requires.
func Embeds(f *ast.File) []Embed {
	var out []Embed
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			docs := []*ast.CommentGroup{vs.Doc}
			if !gd.Lparen.IsValid() {
				docs = append(docs, gd.Doc)
			}
			for _, cg := range docs {
				if cg == nil {
					continue
				}
				for _, c := range cg.List {
					rest, ok := strings.CutPrefix(c.Text, "//go:embed")
					if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
						continue
					}
					if pats := embedPatterns(rest); len(pats) > 0 && len(vs.Names) > 0 {
						out = append(out, Embed{c, vs.Names[0], pats})
					}
				}
			}
		}
	}
	return out
}

// embedPatterns splits the patterns of a directive: space-separated, or
// quoted in Go syntax.
func embedPatterns(s string) []string {
	var pats []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' || s[0] == '`' {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return pats
			}
			p, _ := strconv.Unquote(q)
			pats = append(pats, p)
			s = s[len(q):]
			continue
		}
		i := strings.IndexAny(s, " \t")
		if i < 0 {
			i = len(s)
		}
		pats = append(pats, s[:i])
		s = s[i:]
	}
	return pats
}

// EmbeddedFiles returns the files, relative to dir, that pattern embeds:
// the go command's rules, without its errors (a pattern that matches
// nothing embeds nothing). Directories embed the files below them, except
// those whose names begin with . or _ unless the pattern starts with all:.
func EmbeddedFiles(dir, pattern string) []string {
	pattern, all := strings.CutPrefix(pattern, "all:")
	matches, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
	if err != nil {
		return nil
	}
	var files []string
	for _, m := range matches {
		_ = filepath.WalkDir(m, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			name := d.Name()
			if p != m && !all && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if rel, err := filepath.Rel(dir, p); err == nil {
					files = append(files, path.Clean(filepath.ToSlash(rel)))
				}
			}
			return nil
		})
	}
	slices.Sort(files)
	return slices.Compact(files)
}
