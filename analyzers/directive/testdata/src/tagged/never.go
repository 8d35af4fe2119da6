//go:build never

package tagged

// analysistest reads the wants of excluded files line by line, so this one
// is part of the directive's text: an ID list without "--", hence no reason.

//biometriclint:allow face-detection // want `directive has no reason`
