package p

import _ "github.com/Kagami/go-face" // want `import "github.com/Kagami/go-face" .*\(allow rule at .*ledger.biometriclint.yml:8 expired on 2020-01-01: pilot\)$`
