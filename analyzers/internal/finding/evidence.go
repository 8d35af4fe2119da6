package finding

import "github.com/biometriclint/biometriclint/analyzers/catalog"

// ForEvidence describes evidence other than an SDK symbol or import: an
// endpoint, a model file, a native library or a module requirement, whose
// category the evidence decided.
func ForEvidence(e *catalog.Entry, c catalog.Category, subject, what string) Finding {
	return Finding{
		Category: c,
		Entry:    e,
		Subject:  subject,
		What:     what,
		Legal:    e.LegalFor(c),
	}
}
