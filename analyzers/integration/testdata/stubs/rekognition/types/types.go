// Package types is a hermetic stub of the Rekognition types package.
package types

type Attribute string

const AttributeEmotions Attribute = "EMOTIONS"
