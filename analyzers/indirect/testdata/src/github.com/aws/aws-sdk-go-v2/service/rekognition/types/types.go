// Package types is a hermetic stub of the AWS SDK for Go v2 package of the
// same import path, reduced to what the indirect tests use.
package types

type Attribute string

const AttributeAll Attribute = "ALL"
