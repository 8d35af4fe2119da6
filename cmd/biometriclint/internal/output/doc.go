// Package output renders biometriclint's results, from the analysis driver
// and from the syntax-only audit alike, through handlers behind one
// interface (as govulncheck does): text, the analysis JSON tree, SARIF
// 2.1.0, Markdown and a self-contained HTML page.
//
// The drivers fill a [Report]; handlers only present it. A report is sorted
// before it is handed to a handler, so the same tree gives byte-identical
// output.
package output
