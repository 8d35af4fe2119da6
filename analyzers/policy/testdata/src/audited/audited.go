// Package audited is code under review: its directive allows a finding,
// which an audit shows anyway, with the directive's reason.
package audited

import (
	//biometriclint:allow go-face -- enrolment kiosk, DPIA-7
	_ "github.com/Kagami/go-face" // want `go-face .* \(allowed in the code: "enrolment kiosk, DPIA-7"; an audit does not take the tree's word for it\)`
)
