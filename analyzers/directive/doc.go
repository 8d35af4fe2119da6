// Package directive defines an analyzer that checks biometriclint's
// suppression directives.
//
// # Analyzer directive
//
// directive: reports malformed //biometriclint:allow suppression directives
//
// A finding may be allowed where it occurs, for a reason a reviewer can
// audit:
//
//	//biometriclint:allow <category-or-entry-id>[,<id>...] -- <reason>
//
// on the finding's line or the line above. The analyzer reports a
// directive without a reason, without a category or catalog entry ID, with
// an ID that is neither, and an unknown //biometriclint: directive: such a
// directive suppresses nothing. Files excluded by the build are checked
// too.
//
// A directive that suppresses nothing is reported by the biometriclint
// command, which sees every finding of a run; go vet and golangci-lint see
// one package at a time and cannot tell.
package directive
